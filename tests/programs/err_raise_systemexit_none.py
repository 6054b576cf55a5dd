print("SystemExit(None) exits with 0")
raise SystemExit
