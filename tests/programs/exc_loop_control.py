results = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            raise ValueError(i)
        results.append(i)
    except ValueError as e:
        results.append(f"err{e}")
        continue
    finally:
        results.append(f"f{i}")
    results.append(f"end{i}")
print(results)
def search(items):
    for it in items:
        try:
            if it == "stop":
                return "returned from try"
        finally:
            print("finally for", it)
print(search(["a", "stop", "never"]))
n = 0
while True:
    try:
        n += 1
        if n == 3:
            break
    finally:
        print("while finally", n)
print("n =", n)
def nested_loops():
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    break
            finally:
                print("inner finally", i, j)
nested_loops()
