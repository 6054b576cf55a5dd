try:
    print("in try")
    raise ValueError("escaping")
finally:
    print("finally still prints")
