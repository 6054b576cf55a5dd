"""Regenerates the Unicode data files Skein ships, from CPython's unicodedata module (Unicode 14.0.0 in
CPython 3.11) and, for the name aliases and named sequences that module can look up but not list, from
Perl's copy of the Unicode 14 name list (each candidate is kept only if CPython's lookup agrees).

    python3 generate.py [/usr/share/perl/5.36.0/unicore]

names.txt.gz: one line per named code point, "HEX;NAME", except names CPython derives from the code
point (ranges written "HEX..HEX;PREFIX-" and the Hangul syllables, computed by Skein); then aliases
"=HEX;ALIAS" and named sequences "+HEX HEX...;NAME".
properties.txt.gz: "HEX;category;bidirectional;combining;east_asian_width;mirrored;decimal;digit;numeric;decomposition;
primary composite" each time the record changes from the previous code point's.
"""
import gzip
import os
import sys
import unicodedata as ud

assert ud.unidata_version == "14.0.0", ud.unidata_version
here = os.path.dirname(os.path.abspath(__file__))
unicore = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/perl/5.36.0/unicore"

DERIVED = ("CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
           "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-")


def derived_prefix(cp, name):
    for p in DERIVED:
        if name == p + "%04X" % cp:
            return p
    return None


lines = []
ranges = []  # [start, end, prefix]
for cp in range(0x110000):
    name = ud.name(chr(cp), None)
    if name is None or name.startswith("HANGUL SYLLABLE "):
        continue
    p = derived_prefix(cp, name)
    if p is None:
        lines.append("%X;%s" % (cp, name))
    elif ranges and ranges[-1][2] == p and ranges[-1][1] == cp - 1:
        ranges[-1][1] = cp
    else:
        ranges.append([cp, cp, p])
for start, end, p in ranges:
    lines.append("%X..%X;%s" % (start, end, p))

# Perl's Name.pl lists "HEX[ HEX...]\nNAME\n\n" entries: names, aliases and named sequences.
with open(os.path.join(unicore, "Name.pl"), encoding="utf-8") as f:
    text = f.read()
body = text.split("return <<'END';\n", 1)[1].split("\nEND\n", 1)[0]
seen = set()
for entry in body.split("\n\n"):
    parts = entry.strip().split("\n")
    if len(parts) != 2:
        continue
    cps = [int(h, 16) for h in parts[0].split()]
    name = parts[1]
    value = "".join(map(chr, cps))
    try:
        if ud.lookup(name) != value:
            continue
    except KeyError:
        continue
    if len(cps) == 1:
        if ud.name(value, None) == name or name.startswith("HANGUL SYLLABLE ") or derived_prefix(cps[0], name):
            continue
        key = "=%X;%s" % (cps[0], name)
    else:
        key = "+%s;%s" % (" ".join("%X" % c for c in cps), name)
    if key not in seen:
        seen.add(key)
        lines.append(key)

with gzip.GzipFile(os.path.join(here, "names.txt.gz"), "wb", compresslevel=9, mtime=0) as f:
    f.write(("\n".join(lines) + "\n").encode("ascii"))

def primary_composite(c):
    """"1" for a character NFC composes to: it has a canonical decomposition and NFC keeps it."""
    d = ud.decomposition(c)
    return "1" if d and not d.startswith("<") and ud.normalize("NFC", c) == c else ""


props = []
previous = None
for cp in range(0x110000):
    c = chr(cp)
    record = (ud.category(c), ud.bidirectional(c), str(ud.combining(c)), ud.east_asian_width(c), str(ud.mirrored(c)),
              str(ud.decimal(c, "")), str(ud.digit(c, "")), repr(ud.numeric(c, "")).strip("'"), ud.decomposition(c),
              primary_composite(c))
    if record != previous:
        props.append("%X;%s" % (cp, ";".join(record)))
        previous = record
with gzip.GzipFile(os.path.join(here, "properties.txt.gz"), "wb", compresslevel=9, mtime=0) as f:
    f.write(("\n".join(props) + "\n").encode("ascii"))
print(len(lines), "name lines,", len(props), "property runs")
