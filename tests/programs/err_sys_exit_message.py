import sys
print("exiting with message")
sys.exit("fatal: configuration missing")
