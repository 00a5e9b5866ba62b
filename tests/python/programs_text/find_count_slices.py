# find/rfind/index/rindex/count with start and end
s = "the quick brown fox jumps over the lazy dog; the end"
for args in [("the",), ("the", 1), ("the", 1, 30), ("the", -10), ("the", -100, -5), ("", 5), ("", 100), ("", 52), ("z",), ("o", 10, 5)]:
    print(args, s.find(*args), s.rfind(*args), s.count(*args))
print("aaaa".count("aa"), "aaaa".count(""), "".count(""), "abc".count("", 1), "abc".count("", 4))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind(""), "abc".rfind("", 0, 1))
for sub in ["quick", "slow", "o"]:
    try:
        print(sub, s.index(sub), s.rindex(sub), s.index(sub, 15))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    s.find(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.count("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("the", None, None), s.count("e", None, 10))
print(b"abcabc".find(b"c"), b"abcabc".rfind(99), b"abcabc".count(b"bc", 2), b"abc".index(b"b"))
try:
    b"abc".index(b"z")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".find(300)
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith(("a", "the")), s.startswith("quick", 4), s.startswith("quick", 4, 8), s.endswith(("end", "x")), s.endswith("the", 0, 3))
print("".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 2, 1))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.endswith(("x", 1))
except TypeError as e:
    print(type(e).__name__, e)
print("aaa".replace("a", "b", 2), "aaa".replace("", "-"), "aaa".replace("", "-", 2), "abc".replace("b", "", -1), "aaa".replace("a", "b", 0))
print("a.b.c".replace(".", "::"), b"a.b".replace(b".", b"!"))
positions = []
i = s.find("e")
while i != -1:
    positions.append(i)
    i = s.find("e", i + 1)
print(positions)
