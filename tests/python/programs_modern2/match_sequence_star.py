# Sequence patterns with a star: the star captures a list, whatever the subject's type.
def describe(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [first, *middle, last]:
            return f"first={first} middle={middle} last={last}"


print(describe([]))
print(describe((1,)))
print(describe(range(5)))
print(describe("ab" and ["a", "b"]))

match (1, 2, 3, 4):
    case (*init, 4):
        print("init", init, type(init).__name__)

match [1, 2]:
    case [*_, 2]:
        print("ends with 2")

# str, bytes and bytearray are never sequence subjects
for subject in ["abc", b"abc", bytearray(b"abc"), ["a", "b", "c"]]:
    match subject:
        case [a, b, c]:
            print("sequence", a, b, c)
        case _:
            print("not a sequence:", type(subject).__name__)

import collections
match collections.deque([1, 2, 3]):
    case [1, *rest]:
        print("deque rest", rest)

match {1: "a"}:
    case [_]:
        print("dict is a sequence?")
    case _:
        print("dict is not a sequence")
