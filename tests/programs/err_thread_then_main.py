import threading
results = []
t = threading.Thread(target=lambda: results.append("worker ran"))
t.start()
t.join()
print(results)
raise RuntimeError("main thread fails after join")
