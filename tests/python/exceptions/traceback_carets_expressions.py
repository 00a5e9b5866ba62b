"""Tracebacks underline the failing expression (~~^~~ for operators and subscripts), as CPython 3.11."""
import traceback


class Point:
    def __init__(self, x):
        self.x = x


def show(fn):
    try:
        fn()
    except Exception:
        # the file's own path differs from checkout to checkout: print it as FILE
        print(traceback.format_exc().replace(__file__, "FILE"))


def division():
    x = 10
    return x / (x - 10)


def missing_key():
    d = {"a": 1}
    print("value:", d["missing"])


def attribute():
    p = Point(1)
    return p.y.upper()


def mixed_types():
    items = [1, 2, 3]
    return items[1] + "abc"


def undefined():
    return undefined_name * 2


def conversion():
    n = int("12a")
    return n


def nested_index():
    matrix = [[1, 2], [3, 4]]
    return matrix[1][5]


def unary():
    return -"abc"


def comparison():
    return 3 < "a"


def membership():
    return 3 in 5


def not_callable():
    n = 5
    return n() + 1


def in_fstring():
    name = "x"
    return f"{name.upper()} and {name.nope}"


def method_chain():
    words = ["a", "b"]
    return words[0].upper() + words[2].lower()


def format_spec():
    value = 3.14159
    return f"{value:d}"


def format_in_text():
    value = 3.14159
    return f"value: {value:d} units"


def whole_line():
    int("z")


for case in [division, missing_key, attribute, mixed_types, undefined, conversion, nested_index,
             unary, comparison, membership, not_callable, in_fstring, method_chain, format_spec,
             format_in_text, whole_line]:
    show(case)
