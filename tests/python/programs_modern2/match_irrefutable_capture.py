# A name capture or wildcard in the last case makes the match irrefutable.
def kind(x):
    match x:
        case 0:
            return "zero"
        case other:
            return f"other {other!r}"


print(kind(0), kind(0.0), kind(False), kind(""), kind([]))


# 0.0 and False equal 0: literal patterns use ==, except None/True/False which use `is`
def singles(x):
    match x:
        case True:
            return "True"
        case False:
            return "False"
        case None:
            return "None"
        case 1:
            return "one"
        case _:
            return "else"


print([singles(v) for v in [True, 1, 1.0, False, 0, None, "None"]])

# negative numbers and complex literals are allowed as patterns
for v in [-1, 1 + 2j, -3 - 4j, 2j]:
    match v:
        case -1:
            print("minus one")
        case 1 + 2j:
            print("1+2j")
        case -3 - 4j:
            print("-3-4j")
        case 0 + 2j:
            print("2j")
