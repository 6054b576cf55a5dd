import keyword
print(keyword.iskeyword("for"), keyword.iskeyword("print"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), keyword.issoftkeyword("case"), keyword.issoftkeyword("_"))
print(sorted(k for k in keyword.kwlist if k != "type"))
print(len([k for k in keyword.kwlist]), "async" in keyword.kwlist, "True" in keyword.kwlist)
