d = {1: "int", 1.5: "float", "s": "str", (1, 2): "tuple", None: "none", True: "bool?", frozenset([1]): "fs"}
print(d)
print(d[1], d[1.0], d[True], d[(1, 2)], d[None], d[frozenset({1})])
d2 = {0: "zero"}
d2[0.0] = "float zero"
d2[False] = "false"
print(d2)
print({-1: "a", -2: "b"}[-2], {2 ** 64: "big"}[2 ** 64])
