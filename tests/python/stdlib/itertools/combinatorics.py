from itertools import product, permutations, combinations, combinations_with_replacement
print(list(product('AB', [1, 2])))
print(list(product(range(2), repeat=3)))
print(list(product()), list(product('ab', [])))
print(list(permutations('ABC', 2)))
print(len(list(permutations(range(5)))), list(permutations([])))
print(list(combinations('ABCD', 2)), list(combinations(range(3), 5)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 0)), list(combinations_with_replacement([], 1)))
for f in (lambda: combinations('ab', -1), lambda: permutations('ab', -1), lambda: product('a', repeat=-1)):
    try:
        f()
    except ValueError as e:
        print("ValueError:", e)
