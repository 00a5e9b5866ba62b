print(hash(1) == hash(1.0), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash("abc") == hash("ab" + "c"), hash((1, "a")) == hash((1, "a")))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash(2 ** 100) == hash(2 ** 100), hash(10 ** 20) == hash(10.0 ** 20))
print(hash(1.5) == hash(1.5), hash(None) == hash(None))
print(type(hash("x")).__name__)
print(hash(-1), hash(-2), hash(0), hash(5), hash(2 ** 61 - 1), hash(2 ** 61))
print(hash(1.5), hash(0.5), hash(-2.25))
print(hash((1, 2, 3)), hash(()), hash((1,)))
for t in ([], {}, set()):
    try:
        hash(t)
    except TypeError as e:
        print(e)
