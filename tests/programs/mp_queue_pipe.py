import multiprocessing as mp


def producer(q, n):
    for i in range(n):
        q.put(("item", i))
    q.put(None)


def echo(conn):
    while True:
        msg = conn.recv()
        if msg == "stop":
            conn.send("bye")
            break
        conn.send(msg[::-1])
    conn.close()


if __name__ == "__main__":
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 50))
    p.start()
    items = []
    while True:
        x = q.get(timeout=30)
        if x is None:
            break
        items.append(x[1])
    p.join()
    print(len(items), sum(items), items[:5])

    parent, child = mp.Pipe()
    p = mp.Process(target=echo, args=(child,))
    p.start()
    for word in ["abc", "hello", [1, 2, 3]]:
        parent.send(word)
        print(parent.recv())
    parent.send("stop")
    print(parent.recv())
    p.join()
    print("exitcode", p.exitcode)
    a, b = mp.Pipe()
    a.send({"k": (1, 2.5, None)})
    print(b.poll(5), b.recv())
    print(b.poll(0))
