print("exec of bad source")
exec("x = = 1")
