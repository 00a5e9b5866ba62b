print(len(""), len("abc"), len("é😀"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(range(10)), len(b"ab"), len(range(0, 100, 7)))
print(len(bytearray(5)), len(frozenset("aab")), len({}.keys()), len(memoryview(b"abc")))
