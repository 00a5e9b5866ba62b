import json
from functools import reduce
from itertools import permutations
from math import floor, ceil

HOMEWORK = """[[[0,[5,8]],[[1,7],[9,6]]],[[4,[1,2]],[[1,4],2]]]
[[[5,[2,8]],4],[5,[[9,9],0]]]
[6,[[[6,2],[5,6]],[[7,6],[4,7]]]]
[[[6,[0,7]],[0,9]],[4,[9,[9,0]]]]
[[[7,[6,4]],[3,[1,3]]],[[[5,5],1],9]]
[[6,[[7,3],[3,2]]],[[[3,8],[5,7]],4]]
[[[[5,4],[7,7]],8],[[8,3],8]]
[[9,3],[[9,9],[6,[4,9]]]]
[[2,[[7,7],7]],[[5,8],[[9,3],[0,2]]]]
[[[[5,2],5],[8,[3,7]]],[[5,[7,5]],[4,4]]]"""


def flatten(x, depth=0):
    if isinstance(x, int):
        return [[x, depth]]
    return flatten(x[0], depth + 1) + flatten(x[1], depth + 1)


def explode(flat):
    for i, (v, d) in enumerate(flat):
        if d > 4 and i + 1 < len(flat) and flat[i + 1][1] == d:
            if i > 0:
                flat[i - 1][0] += v
            if i + 2 < len(flat):
                flat[i + 2][0] += flat[i + 1][0]
            flat[i:i + 2] = [[0, d - 1]]
            return True
    return False


def split(flat):
    for i, (v, d) in enumerate(flat):
        if v >= 10:
            flat[i:i + 1] = [[floor(v / 2), d + 1], [ceil(v / 2), d + 1]]
            return True
    return False


def add(a, b):
    flat = [[v, d + 1] for v, d in a + b]
    while explode(flat) or split(flat):
        pass
    return flat


def magnitude(flat):
    flat = [list(p) for p in flat]
    while len(flat) > 1:
        for i in range(len(flat) - 1):
            if flat[i][1] == flat[i + 1][1]:
                flat[i:i + 2] = [[3 * flat[i][0] + 2 * flat[i + 1][0], flat[i][1] - 1]]
                break
    return flat[0][0]


nums = [flatten(json.loads(line)) for line in HOMEWORK.splitlines()]
total = reduce(add, nums)
print([v for v, _ in total])
print(magnitude(total), max(magnitude(add(a, b)) for a, b in permutations(nums, 2)))
print(magnitude(flatten([[1, 2], [[3, 4], 5]])), magnitude(flatten([[[[0, 7], 4], [[7, 8], [6, 0]]], [8, 1]])))
print(flatten([[1, 2], 3]), json.loads("[1,[2,[3]]]"))
