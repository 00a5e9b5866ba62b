from functools import cmp_to_key

def largest(nums):
    s = sorted(map(str, nums), key=cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return int("".join(s))

def largest_pad(nums):
    m = max(len(str(n)) for n in nums)
    return int("".join(sorted(map(str, nums), key=lambda s: s * (m * 2 // len(s) + 1), reverse=True)))

for nums in ([1, 34, 3, 98, 9, 76, 45, 4], [54, 546, 548, 60], [0, 0], [10, 2]):
    print(largest(nums), largest_pad(nums))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
