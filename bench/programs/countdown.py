# The seed articles' countdown: while n > 0: n -= 1.
def countdown(n):
    while n > 0:
        n -= 1
    return n

print(countdown(20_000_000))
