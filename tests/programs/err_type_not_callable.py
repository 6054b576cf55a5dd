x = 5
print("calling an int")
x()
