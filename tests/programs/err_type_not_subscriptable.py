print("subscripting None")
value = None
value[0]
