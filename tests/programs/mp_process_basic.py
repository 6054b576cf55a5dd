import multiprocessing
import os
import sys


def work(label, n):
    total = sum(range(n))
    print("child", label, total, flush=True)


def fail_with_exit():
    sys.exit(3)


def fail_with_error():
    raise ValueError("boom in child")


class Worker(multiprocessing.Process):
    def __init__(self, value):
        super().__init__()
        self.value = value

    def run(self):
        print("subclass run", self.value * 2, flush=True)


if __name__ == "__main__":
    p = multiprocessing.Process(target=work, args=("a", 100))
    print("before start:", p.exitcode, p.is_alive())
    p.start()
    p.join()
    print("after join:", p.exitcode, p.is_alive())
    p2 = multiprocessing.Process(target=fail_with_exit)
    p2.start()
    p2.join()
    print("sys.exit(3) exitcode:", p2.exitcode)
    p3 = multiprocessing.Process(target=fail_with_error)
    p3.start()
    p3.join()
    print("exception exitcode:", p3.exitcode)
    w = Worker(21)
    w.start()
    w.join()
    print("subclass exitcode:", w.exitcode)
    print("name pattern ok:", p.name.startswith("Process-"))
    print("current:", multiprocessing.current_process().name)
