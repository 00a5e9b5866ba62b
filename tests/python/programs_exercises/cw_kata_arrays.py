from collections import Counter
from itertools import groupby, chain


def move_zeros(lst):
    return sorted(lst, key=lambda x: x == 0 and type(x) is not bool)


def array_diff(a, b):
    return [x for x in a if x not in b]


def snail(m):
    out = []
    while m and m[0]:
        out += m.pop(0)
        m = [list(r) for r in zip(*m)][::-1]
    return out


def delete_nth(order, max_e):
    seen = Counter()
    out = []
    for x in order:
        seen[x] += 1
        if seen[x] <= max_e:
            out.append(x)
    return out


def unique_in_order(it):
    return [k for k, _ in groupby(it)]


def tribonacci(sig, n):
    res = sig[:n]
    while len(res) < n:
        res.append(sum(res[-3:]))
    return res


def find_even_index(arr):
    return next((i for i in range(len(arr)) if sum(arr[:i]) == sum(arr[i + 1:])), -1)


def count_smileys(arr):
    import re
    return sum(bool(re.fullmatch(r"[:;][-~]?[)D]", s)) for s in arr)


def flatten(xs):
    for x in xs:
        if isinstance(x, (list, tuple)):
            yield from flatten(x)
        else:
            yield x


def dir_reduc(arr):
    opp = {"NORTH": "SOUTH", "SOUTH": "NORTH", "EAST": "WEST", "WEST": "EAST"}
    st = []
    for d in arr:
        if st and st[-1] == opp[d]:
            st.pop()
        else:
            st.append(d)
    return st


def queue_time(customers, n):
    tills = [0] * n
    for c in customers:
        tills[tills.index(min(tills))] += c
    return max(tills)


def sort_array(arr):
    odds = iter(sorted(x for x in arr if x % 2))
    return [next(odds) if x % 2 else x for x in arr]


print(move_zeros([1, 0, 1, 2, 0, 1, 3]), move_zeros([9, 0.0, 0, False, 1, "a"]))
print(array_diff([1, 2, 2, 2, 3], [2]), array_diff([1, 2], []))
print(snail([[1, 2, 3], [4, 5, 6], [7, 8, 9]]), snail([[]]))
print(delete_nth([1, 1, 3, 3, 7, 2, 2, 2, 2], 3), delete_nth([20, 37, 20, 21], 1))
print(unique_in_order("AAAABBBCCDAABBB"), unique_in_order([1, 2, 2, 3, 3]))
print(tribonacci([1, 1, 1], 10), tribonacci([0.5, 0.5, 0.5], 5), tribonacci([1, 2, 3], 0))
print(find_even_index([1, 2, 3, 4, 3, 2, 1]), find_even_index([1, 100, 50, -51, 1, 1]), find_even_index([1, 2, 3]))
print(count_smileys([":)", ";(", ";}", ":-D"]), count_smileys([";D", ":-(", ":-)", ";~)"]))
print(list(flatten([1, [2, [3, (4, 5)], []], 6])), list(chain([1], (2,), {3: 0})))
print(dir_reduc(["NORTH", "SOUTH", "SOUTH", "EAST", "WEST", "NORTH", "WEST"]))
print(queue_time([5, 3, 4], 1), queue_time([10, 2, 3, 3], 2), queue_time([2, 3, 10], 2))
print(sort_array([5, 3, 2, 8, 1, 4]), sort_array([]))
print([True, False, 0, 0.0, -0.0, 1j * 0], [x == 0 for x in [False, 0.0, -0.0, 0j]], True + True)
