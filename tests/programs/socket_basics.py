import socket
import threading

srv = socket.create_server(("127.0.0.1", 0))
port = srv.getsockname()[1]


def serve():
    conn, addr = srv.accept()
    with conn:
        while data := conn.recv(1024):
            conn.sendall(data[::-1])


t = threading.Thread(target=serve)
t.start()
with socket.create_connection(("127.0.0.1", port), timeout=5) as c:
    c.sendall(b"abcdef")
    print(c.recv(1024))
    print(c.family == socket.AF_INET, c.type == socket.SOCK_STREAM, c.gettimeout())
t.join()
srv.close()
try:
    socket.create_connection(("127.0.0.1", 1), timeout=2)
except ConnectionRefusedError as e:
    print("ConnectionRefusedError", e.errno)
a, b = socket.socketpair()
a.sendall(b"ping")
print(b.recv(4))
a.close()
b.close()
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.sendto(b"dgram", u1.getsockname())
data, addr = u1.recvfrom(100)
print(data, addr[0])
u1.close()
u2.close()
