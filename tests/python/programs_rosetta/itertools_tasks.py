from itertools import (accumulate, pairwise, groupby, starmap, zip_longest, combinations_with_replacement,
                       cycle, islice, dropwhile, takewhile, filterfalse, compress, count, repeat, product, tee)
import operator
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([1, 2, 3], initial=100)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(pairwise("abcd")), [(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
print(list(starmap(pow, [(2, 5), (3, 2)])), list(zip_longest("ab", "xyz", fillvalue="-")))
print(list(combinations_with_replacement("ab", 3)), list(islice(cycle("xy"), 5)), list(repeat(7, 3)))
print(list(dropwhile(lambda x: x < 3, [1, 4, 2, 5])), list(takewhile(str.isalpha, "abc1de")), list(filterfalse(None, [0, 1, 0, 2])))
print(list(compress("abcdef", [1, 0, 1, 0, 1, 1])), list(islice(count(1.5, 0.5), 4)), len(list(product(range(3), repeat=4))))
a, b = tee(iter([1, 2, 3])); next(a)
print(list(a), list(b), list(islice("abcdefg", 1, None, 2)), list(zip("ab", range(5))))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
# combinations with repetitions: donut task
print(list(combinations_with_replacement(["iced", "jam", "plain"], 2)))
print(sum(1 for _ in combinations_with_replacement(range(10), 3)))
# run of equal elements, sum of a series
print(sum(1 / k ** 2 for k in range(1, 1001)), sum(map(operator.mul, [1, 3, -5], [4, -2, -1])))
