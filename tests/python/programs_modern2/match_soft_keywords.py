# match and case are soft keywords: still usable as names.
match = {"case": 1, "match": 2}
case = [3]
print(match["case"], case[0])


def match_(match, case):
    return match + case


print(match_(1, 2))
print(match.get("match"))
match [1]:
    case [1]:
        print("statement still works")
_ = 5
match _:
    case _:
        print("underscore name matched by wildcard", _)
type = 3
print(type)
del type
import re
m = re.match("a", "abc")
print(m.group())


class case:
    match = "attr"


print(case.match)
