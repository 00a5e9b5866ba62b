a = 123456789 ** 5
b = 987654321 ** 3
print(a, b)
print(a + b, a - b, a * b, a // b, a % b, -a // b, -a % b)
print(a ** 2 % (10 ** 9 + 7), pow(a, b, 10 ** 9 + 7))
print(a & b, a | b, a ^ b, a >> 50, a << 20, ~a)
print(-a & 0xFFFF, -a >> 3, (-a) | 1)
print(str(2 ** 1000)[:20], len(str(2 ** 10000)), int(str(7 ** 77)) == 7 ** 77)
print(hex(2 ** 100), oct(3 ** 50), bin(5 ** 20))
print(a > b, a == a + 0, (a * b) // a == b, abs(-a) == a)
print(int("1" * 50) % 97, (10 ** 50) // (10 ** 25))
import math
print(math.gcd(a, b), math.isqrt(a), math.factorial(25))
