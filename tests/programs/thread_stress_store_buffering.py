# The store-buffering litmus test, on instance attributes and module globals:
#   thread A: x = 1; r1 = y        thread B: y = 1; r2 = x
# Both threads meet at every round (arrival flags) so the two halves really run at the same time.
# The outcome r1 == r2 == 0 must never happen: CPython never shows it, and Skein must not either.
import sys
import threading

sys.setswitchinterval(1e-6)
ROUNDS = 3000


class Shared:
    def __init__(self):
        self.x = 0
        self.y = 0


arrive_a = [0] * ROUNDS
arrive_b = [0] * ROUNDS
states = [Shared() for _ in range(ROUNDS)]
r1 = [None] * ROUNDS
r2 = [None] * ROUNDS


def thread_a():
    for k in range(ROUNDS):
        st = states[k]
        arrive_a[k] = 1
        while not arrive_b[k]:
            pass
        st.x = 1
        r1[k] = st.y


def thread_b():
    for k in range(ROUNDS):
        st = states[k]
        arrive_b[k] = 1
        while not arrive_a[k]:
            pass
        st.y = 1
        r2[k] = st.x


a = threading.Thread(target=thread_a)
b = threading.Thread(target=thread_b)
a.start()
b.start()
a.join()
b.join()
forbidden = sum(1 for k in range(ROUNDS) if r1[k] == 0 and r2[k] == 0)
print("rounds:", ROUNDS, "forbidden outcomes:", forbidden)
