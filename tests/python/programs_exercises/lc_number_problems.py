from typing import List
import math


class Solution:
    def reverse(self, x: int) -> int:
        sign = -1 if x < 0 else 1
        r = sign * int(str(abs(x))[::-1])
        return r if -(2 ** 31) <= r <= 2 ** 31 - 1 else 0

    def isPalindrome(self, x: int) -> bool:
        return str(x) == str(x)[::-1]

    def romanToInt(self, s: str) -> int:
        vals = dict(I=1, V=5, X=10, L=50, C=100, D=500, M=1000)
        total = 0
        for a, b in zip(s, s[1:] + " "):
            v = vals[a]
            total += -v if b != " " and vals[b] > v else v
        return total

    def intToRoman(self, num: int) -> str:
        table = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                 (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        out = []
        for v, sym in table:
            q, num = divmod(num, v)
            out.append(sym * q)
        return "".join(out)

    def myAtoi(self, s: str) -> int:
        import re
        m = re.match(r"\s*([+-]?\d+)", s)
        if not m:
            return 0
        return max(-(2 ** 31), min(2 ** 31 - 1, int(m.group(1))))

    def plusOne(self, digits: List[int]) -> List[int]:
        return [int(c) for c in str(int("".join(map(str, digits))) + 1)]

    def countPrimes(self, n: int) -> int:
        if n < 3:
            return 0
        sieve = bytearray([1]) * n
        sieve[0] = sieve[1] = 0
        for i in range(2, math.isqrt(n - 1) + 1):
            if sieve[i]:
                sieve[i * i::i] = bytes(len(range(i * i, n, i)))
        return sum(sieve)

    def fractionToDecimal(self, num: int, den: int) -> str:
        if num % den == 0:
            return str(num // den)
        sign = "-" if (num < 0) ^ (den < 0) else ""
        num, den = abs(num), abs(den)
        out = [sign + str(num // den), "."]
        rem = num % den
        seen = {}
        while rem and rem not in seen:
            seen[rem] = len(out)
            rem *= 10
            out.append(str(rem // den))
            rem %= den
        if rem:
            out.insert(seen[rem], "(")
            out.append(")")
        return "".join(out)

    def trailingZeroes(self, n: int) -> int:
        return 0 if n == 0 else n // 5 + self.trailingZeroes(n // 5)


s = Solution()
print([s.reverse(x) for x in (123, -123, 120, 0, 1534236469)])
print([s.isPalindrome(x) for x in (121, -121, 10)])
print([s.romanToInt(r) for r in ("III", "LVIII", "MCMXCIV", "IV")])
print([s.intToRoman(n) for n in (3, 58, 1994, 3999, 444)])
print([s.myAtoi(t) for t in ("42", "   -42", "4193 with words", "words 987", "-91283472332", "+1")])
print(s.plusOne([1, 2, 9]), s.plusOne([9, 9, 9]))
print(s.countPrimes(10), s.countPrimes(0), s.countPrimes(100000))
print([s.fractionToDecimal(a, b) for a, b in ((1, 2), (2, 1), (4, 333), (-50, 8), (1, 6), (-1, -7))])
print(s.trailingZeroes(5), s.trailingZeroes(100), str(math.factorial(25)).count("0"), math.factorial(25))
