print("opening a missing file")
open("skein_definitely_missing_file.txt")
