s = "abcdefghij"
print(s[0], s[-1], s[3:6], s[:3], s[7:], s[:], s[::2], s[1::3], s[::-1], s[-3:], s[:-3])
print(s[8:2:-2], s[100:], s[-100:2], s[5:1], s[::-3], s[-1:-4:-1], s[2:2])
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[1] = "x"
except TypeError as e:
    print(e)
try:
    s[1.0]
except TypeError as e:
    print(e)
print(s[slice(2, 5)], s[slice(None, None, -1)], s[slice(3)])
print("é☃𝄞"[1], len("é☃𝄞"), "é☃𝄞"[::-1], "𝄞"[0] == "𝄞")
for i, ch in enumerate("héllo"):
    print(i, ch, ord(ch))
print("abc"[True], s[-len(s)])
