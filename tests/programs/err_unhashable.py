print("building a set")
s = {[1, 2]}
