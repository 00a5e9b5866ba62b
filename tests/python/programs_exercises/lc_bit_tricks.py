from functools import reduce
from operator import xor
from typing import List


class Solution:
    def singleNumber(self, nums: List[int]) -> int:
        return reduce(xor, nums)

    def hammingWeight(self, n: int) -> int:
        return bin(n).count("1")

    def countBits(self, n: int) -> List[int]:
        dp = [0] * (n + 1)
        for i in range(1, n + 1):
            dp[i] = dp[i >> 1] + (i & 1)
        return dp

    def reverseBits(self, n: int) -> int:
        return int(f"{n:032b}"[::-1], 2)

    def isPowerOfTwo(self, n: int) -> bool:
        return n > 0 and n & (n - 1) == 0

    def missingNumber(self, nums: List[int]) -> int:
        return reduce(xor, nums, 0) ^ reduce(xor, range(len(nums) + 1))

    def getSum(self, a: int, b: int) -> int:
        mask = 0xFFFFFFFF
        while b & mask:
            a, b = a ^ b, (a & b) << 1
        return a & mask if b > mask else a if b == 0 else a & mask

    def subsetsByMask(self, nums):
        n = len(nums)
        return [[nums[j] for j in range(n) if m >> j & 1] for m in range(1 << n)]

    def grayCode(self, n: int) -> List[int]:
        return [i ^ (i >> 1) for i in range(1 << n)]


s = Solution()
print(s.singleNumber([4, 1, 2, 1, 2]), s.hammingWeight(11), s.hammingWeight(2 ** 31 - 3))
print(s.countBits(10))
print(s.reverseBits(43261596), s.reverseBits(4294967293))
print([n for n in range(-2, 70) if s.isPowerOfTwo(n)])
print(s.missingNumber([3, 0, 1]), s.missingNumber([9, 6, 4, 2, 3, 5, 7, 0, 1]))
print(s.getSum(1, 2), s.getSum(20, 22))
print(s.subsetsByMask("abc"))
print(s.grayCode(3), [format(g, "03b") for g in s.grayCode(3)])
print(~5, -5 >> 1, -5 & 0xFF, 5 ^ -1, 1 << 100, (1 << 100) >> 98, (-1) << 3)
print((255).bit_length(), (-256).bit_length(), (0).bit_length(), (2 ** 64 - 1).bit_count())
print(bin(-10), oct(64), hex(-255), f"{-10:b}", f"{255:#x}", f"{255:#010b}", f"{10:o}")
print(int("ff", 16), int("0b1011", 0), int("-0o17", 0), int("z", 36), int("  12_345 "))
print((1024).to_bytes(2, "big"), int.from_bytes(b"\x00\x10", "little"), (-1).to_bytes(2, "big", signed=True))
