it = iter([])
print("calling next")
next(it)
