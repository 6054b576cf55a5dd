# multiprocessing.connection Listener/Client with authkey authentication, within one process (threads).
import threading
from multiprocessing import AuthenticationError
from multiprocessing.connection import Listener, Client

received = []


def serve(listener, count):
    for _ in range(count):
        try:
            with listener.accept() as conn:
                msg = conn.recv()
                received.append(msg)
                conn.send(("echo", msg))
        except AuthenticationError as e:
            received.append("server rejected: " + str(e))


listener = Listener(("127.0.0.1", 0), authkey=b"secret")
t = threading.Thread(target=serve, args=(listener, 2))
t.start()
with Client(listener.address, authkey=b"secret") as c:
    c.send({"job": 1, "data": [1, 2, 3]})
    print(c.recv())
try:
    Client(listener.address, authkey=b"wrong")
except AuthenticationError as e:
    print("client rejected:", e)
t.join()
listener.close()
print(received)
