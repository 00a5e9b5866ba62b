# A puzzle solver that checks its example answer with assert, and the example is wrong on purpose
EXAMPLE = "1721\n979\n366\n299\n675\n1456"


def part1(text):
    nums = set(map(int, text.split()))
    return next(a * (2020 - a) for a in sorted(nums) if 2020 - a in nums)


def part2(text):
    nums = sorted(map(int, text.split()))
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if 2020 - a - b in nums:
                return a * b * (2020 - a - b)


assert part1(EXAMPLE) == 514579, part1(EXAMPLE)
print("part1 ok:", part1(EXAMPLE))
print("part2:", part2(EXAMPLE))
assert part2(EXAMPLE) == 241861951, f"part2 gave {part2(EXAMPLE)}, expected 241861951"
print("part2 ok")
