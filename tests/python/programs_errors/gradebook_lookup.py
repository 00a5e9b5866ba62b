# A gradebook with lookups that go wrong in the ways students hit most often.
grades = {
    "alice": [90, 85, 77],
    "bob": [60, 72],
    "carol": [],
}
ids = ("alice", "bob", "carol")

def average(name):
    marks = grades[name]
    return sum(marks) / len(marks)

for who in ["alice", "bob", "carol", "dave", ("bob",), 3]:
    try:
        print(who, "->", round(average(who), 2))
    except KeyError as e:
        print("KeyError", e, repr(e), e.args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)

for i in [0, 2, 3, -4, "1", 1.0, None]:
    try:
        print(i, ids[i])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)

for pos in [0, 1, 2, 5]:
    try:
        print("bob's mark", pos, grades["bob"][pos])
    except IndexError as e:
        print(type(e).__name__, e)

try:
    grades["alice"]["first"]
except TypeError as e:
    print(type(e).__name__, e)

try:
    grades[["alice"]] = [1]
except TypeError as e:
    print(type(e).__name__, e)

try:
    grades.pop("zed")
except KeyError as e:
    print("pop:", repr(e))

print(grades.pop("zed", "no zed"))
print(grades.get("zed"), grades.get("zed", []))
try:
    empty = {}
    empty.popitem()
except KeyError as e:
    print(type(e).__name__, e)

try:
    s = {"alice", "bob"}
    s.remove("carol")
except KeyError as e:
    print("set remove:", repr(e))

try:
    {}.pop()
except TypeError as e:
    print(type(e).__name__, e)

report = "; ".join(f"{k}={v}" for k, v in sorted(grades.items()))
print(report)
print(ids[len(ids)])
