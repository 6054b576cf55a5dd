assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("empty", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("msg", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("obj", e.args[0])
calls = []
def side():
    calls.append(1)
    return "m"
assert True, side()
print(calls)
try:
    x = 5
    assert x < 0, f"x={x}"
except AssertionError as e:
    print(e)
