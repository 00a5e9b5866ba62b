import re

def extract(nums):
    out = []
    i = 0
    while i < len(nums):
        j = i
        while j + 1 < len(nums) and nums[j + 1] == nums[j] + 1:
            j += 1
        if j - i >= 2:
            out.append(f"{nums[i]}-{nums[j]}")
        else:
            out.extend(str(n) for n in nums[i:j + 1])
        i = j + 1
    return ",".join(out)

def expand(text):
    out = []
    for part in text.split(","):
        m = re.fullmatch(r"(-?\d+)-(-?\d+)", part)
        if m:
            out.extend(range(int(m[1]), int(m[2]) + 1))
        else:
            out.append(int(part))
    return out

nums = [0, 1, 2, 4, 6, 7, 8, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 32, 33, 35, 36, 37, 38, 39]
r = extract(nums)
print(r)
print(expand(r) == nums)
print(expand("-6,-3--1,3-5,7-11,14,15,17-20"))
print(extract([-6, -3, -2, -1, 0, 1, 3, 4, 5, 7]))
