café = "coffee"
π = 3.14159
数 = 42
Δx = 0.5
print(café, π, 数, Δx)
def größe(länge):
    return länge * 2
print(größe(4), größe.__name__)
class Ñandú:
    ñ = "eñe"
print(Ñandú.ñ, Ñandú.__name__)
ﬁ = "ligature normalized"
print(fi)
print("ℌ".isidentifier(), "x·y".isidentifier(), "_".isidentifier(), "a-b".isidentifier())
