print([1, "a", 2.5, None, True, [], (), {}, set()])
print(str([1, "it's"]), repr(["\n"]), [b"x", bytearray(b"y")])
print([[1, 2], [3, 4]], [(1,), (2, 3)])
