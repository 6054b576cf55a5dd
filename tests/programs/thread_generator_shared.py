# One generator resumed from several threads: either a value or ValueError("generator already executing").
import threading
import time


def slow():
    for i in range(200):
        time.sleep(0.0005)
        yield i


g = slow()
seen = []
messages = set()
lock = threading.Lock()


def consume():
    while True:
        try:
            v = next(g)
        except StopIteration:
            return
        except ValueError as e:
            with lock:
                messages.add(str(e))
            continue
        with lock:
            seen.append(v)


threads = [threading.Thread(target=consume) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen) == list(range(200)), messages <= {"generator already executing"})
