print("hello, world")
print(1 + 2, "a" "b", sep="|")
