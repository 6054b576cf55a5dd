print("start")
value = 1
print(value + undefined_variable_q)
