print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mix "q"', "mix 'q'")
print("tab\there", "nl\\n", "bell\a".encode(), "\x41\101\u0042\U00000043\N{LATIN SMALL LETTER A}")
print(repr("\0\x01\x7f\x80\xff"))
print("implicit" " concat" ' works')
s = """line1
line2\
 continued"""
print(s)
print(r"raw\n\t", R"\d+", r'\'', len(r"\\"))
print(len("\u00e9"), len("é"), "\u00e9" == "é")
print("\N{GREEK SMALL LETTER ALPHA}\N{SNOWMAN}")
print("a\
b")
print(repr('\''), repr("\""), repr('a"b\'c'))
print(str(), repr(''), repr(""))
