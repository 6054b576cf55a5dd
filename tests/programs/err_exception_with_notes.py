e = TypeError("noted failure")
e.add_note("a note goes after the message line")
print("raising")
raise e
