import json
print("parsing")
json.loads("{bad json}")
