x = 1
print("about to add")
y = x + "s"
