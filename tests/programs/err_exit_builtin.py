print("exit via SystemExit subclass-free raise with int")
raise SystemExit(42)
