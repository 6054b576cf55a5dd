for a, b in [(12, 10), (-12, 10), (12, -10), (-12, -10), (0, -1), (2 ** 70, 2 ** 69 + 1)]:
    print(a, b, a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(1 << 100, (1 << 100) >> 99, -1 << 65, -(2 ** 65) >> 64, 5 >> 10, -5 >> 10)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(0b1010 & 0b0110, 0xF0 | 0x0F, 0xFF ^ 0xAA, ~0b1010 & 0xF)
print((255).bit_count(), (-255).bit_count(), (2 ** 100 - 1).bit_count(), (0).bit_length())
x = 0
for i in (1, 3, 5):
    x |= 1 << i
print(bin(x), [i for i in range(8) if x >> i & 1])
print(True << 2, False | 4, 7 & True)
