for n in range(-1, 3):
    if n < 0:
        print(n, "negative")
    elif n == 0:
        print(n, "zero")
    else:
        print(n, "positive")
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    if i == 4:
        break
    print("while", i)
else:
    print("never")
for x in range(3):
    pass
else:
    print("for-else ran, x =", x)
for x in []:
    print("no")
else:
    print("empty for-else")
k = 3
while k:
    k -= 1
else:
    print("while-else ran")
def find(items, target):
    for idx, it in enumerate(items):
        if it == target:
            print("found at", idx)
            break
    else:
        print("not found")
find([5, 6, 7], 6)
find([5, 6, 7], 8)
for a in range(3):
    for b in range(3):
        if b == 2:
            break
        if a == 1:
            continue
        print(a, b)
if []: print("no")
elif 0: print("no")
else: print("falsy chain")
x = 0
while True:
    x += 1
    if x > 3: break
print("x", x)
