a = 2 ** 100
b = 3 ** 70
print(a, b)
print(a + b, a - b, a * b)
print(b // a, b % a, divmod(b, a))
print(-a // 7, -a % 7, a // -7, a % -7)
print(10 ** 50 // 3, 10 ** 50 % 3)
print(a ** 3)
print(2 ** 200 - 1 == (1 << 200) - 1)
f = 1
for i in range(1, 41):
    f *= i
print(f)
print(f.bit_length(), (-f).bit_length(), len(str(f)))
print(a == 2.0 ** 100, a < 2.0 ** 100 + 1e15, float(a), int(1e20))
print(int(1.5e30), int(-2.9), int(2.9))
print(a / 2 ** 98, 10 ** 30 / 10 ** 10)
print(abs(-a), -(-a), +a, ~a)
print(a >> 90, a << 10, -a >> 90, -1 >> 100)
print(a & (a - 1), a | 1, a ^ (a + 1))
print((-a) & 0xffff, (-a) | 0xff, (-b) ^ 12345)
print(pow(3, 1000, 10 ** 9 + 7), pow(b, 3, a - 1))
print(pow(2, -1), pow(3, -1, 7), pow(38, -1, 97))
print(str(-b), repr(b), hex(a), oct(b), bin(2 ** 70 + 5))
print(int("123456789" * 5), int("-" + "9" * 40))
print(12345678901234567890 * 98765432109876543210)
print(sum(range(10 ** 6)), 10 ** 18 + 1 > 10 ** 18)
print((10 ** 40) // (10 ** 20 + 1), (-(10 ** 40)) // (10 ** 20 + 1))
print(round(10 ** 25 + 5, -1), round(125, -1), round(135, -1), round(-15, -1))
import math
print(math.gcd(2 ** 64, 6 ** 20), math.isqrt(10 ** 40 + 12345), math.factorial(25))
