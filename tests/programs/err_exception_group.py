print("raising a group")
raise ExceptionGroup("several problems", [ValueError("a"), TypeError("b")])
