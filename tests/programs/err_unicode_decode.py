print("decoding")
b"\xff\xfe\xfa".decode("utf-8")
