# The seed articles' Fibonacci loop: a, b = b, a + b over range(100000) (big integers).
def fib():
    a, b = 0, 1
    for i in range(100000):
        a, b = b, a + b
    return a

print(fib() % 1000000007)
