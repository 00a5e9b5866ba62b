from itertools import pairwise, islice
from collections import Counter

DEPTHS = [199, 200, 208, 210, 200, 207, 240, 269, 260, 263]
print(sum(b > a for a, b in pairwise(DEPTHS)))
windows = [sum(DEPTHS[i:i + 3]) for i in range(len(DEPTHS) - 2)]
print(windows, sum(b > a for a, b in zip(windows, windows[1:])), sum(b > a for a, b in zip(DEPTHS, DEPTHS[3:])))

COURSE = "forward 5\ndown 5\nforward 8\nup 3\ndown 8\nforward 2"
pos = depth = aim = 0
for cmd, n in (l.split() for l in COURSE.splitlines()):
    n = int(n)
    if cmd == "forward":
        pos += n
        depth += aim * n
    else:
        aim += n if cmd == "down" else -n
print(pos, aim, depth, pos * aim, pos * depth)

REPORT = "00100 11110 10110 10111 10101 01111 00111 11100 10000 11001 00010 01010".split()
cols = list(zip(*REPORT))
gamma = "".join(Counter(c).most_common(1)[0][0] for c in cols)
epsilon = gamma.translate(str.maketrans("01", "10"))
print(gamma, epsilon, int(gamma, 2) * int(epsilon, 2))


def rating(nums, keep_most):
    i = 0
    while len(nums) > 1:
        ones = sum(n[i] == "1" for n in nums)
        bit = "1" if (ones >= len(nums) - ones) == keep_most else "0"
        nums = [n for n in nums if n[i] == bit]
        i += 1
    return int(nums[0], 2)


ox, co2 = rating(REPORT, True), rating(REPORT, False)
print(ox, co2, ox * co2, bin(ox), f"{co2:05b}", int("10111", 2) ^ 0b11111)
print(list(islice(pairwise(range(10)), 3)), list(pairwise("a")), list(pairwise([])))
