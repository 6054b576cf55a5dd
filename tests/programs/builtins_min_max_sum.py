print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a", "c"))
print(max([1, -5, 3], key=abs), min(["aa", "b", "ccc"], key=len), max([], default="empty"), min((), default=None))
print(max([2, 2.0, 2], key=lambda x: 0), min([(1, "b"), (1, "a")]), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
for call in [lambda: max([]), lambda: min(), lambda: max(1), lambda: max(1, 2, default=3)]:
    try:
        call()
    except ValueError as e:
        print("ValueError")
    except TypeError as e:
        print("TypeError", e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([]), sum(range(5), start=100))
print(sum([1.5, 2.5]), sum([1, 2.0]), sum([True, True]), sum(x / 2 for x in range(4)), sum([1j, 2]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(e)
try:
    sum([1, "a"])
except TypeError as e:
    print(e)
print(max(float("nan"), 1), max(1, float("nan")), min([3, 1, 2], key=lambda x: -x))
print(max("apple", "Banana", key=str.lower), max([[1, 2], [3]], key=len), min(iter([5, 4])))
