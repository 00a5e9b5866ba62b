print(list(), list("abc"), list((1, 2)), list({"a": 1}), list(range(3)))
print(tuple(), tuple("ab"), tuple([1, [2]]))
print(set(), sorted(set("banana")), frozenset(), sorted(frozenset([3, 1])))
print(list(x for x in range(3)), tuple(map(str, range(2))))
