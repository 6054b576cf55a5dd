try:
    {}["x"]
except KeyError as e:
    print("translating")
    raise RuntimeError("lookup failed") from e
