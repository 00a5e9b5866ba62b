# Keys of different types: CPython's pprint compares pair by pair with <, falling back to the
# type name only for pairs that cannot be compared, so 1 < 2.5 still orders ints and floats.
import pprint

pprint.pprint({2.5: "float", 1: "int", "b": "str", "a": "str", (1, 2): "tuple", 0: "zero", True: "bool?"})
pprint.pprint({2.5: [1] * 30, 1: "x" * 50, "z": {3: "c", "a": 1, 1.5: 2}}, width=40)
pprint.pprint({3, 1, 2.5, (0,), (1,)})
pprint.pprint({3, 1, 2.5, (0,), (1,), 0.5}, width=10)
pprint.pprint([{10: "ten", "10": "str ten", 9.5: "nine and a half"}])
print(pprint.pformat({None: 1, 0: 2}))
