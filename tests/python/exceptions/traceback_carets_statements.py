"""Carets for calls in outer frames, multi-line calls, comprehensions, assert, unpacking and decorators."""
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        # the file's own path differs from checkout to checkout: print it as FILE
        print(traceback.format_exc().replace(__file__, "FILE"))


def div(a, b):
    return a / b


def outer_frames():
    total = 0
    for x in [1, 0]:
        total = total + div(10, x)
    return total


def add(a, b):
    return a + b


def multi_line_call():
    result = add(
        1,
        "x",
    )
    return result


def comprehension():
    return [div(1, v) for v in range(2)]


def assertion():
    assert 1 == 2, "math is broken"


def unpacking():
    a, b = [1, 2, 3]
    return a, b


def decorated():
    def deco(fn):
        raise RuntimeError("no")

    @deco
    def h():
        pass


def reraised():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("bad") from None


def context():
    try:
        x = [][0]
    except IndexError:
        y = 1 / 0


def lambda_frame():
    sq = lambda v: v * v
    return sq("a")


def generator_frame():
    def gen():
        yield 1
        yield 1 / 0
    return list(gen())


class Slotted:
    __slots__ = ("a",)


def delete_missing():
    d = {"a": 1}
    del d["zz"]


def store_attribute():
    s = Slotted()
    s.b = 1


def store_item():
    text = "abc"
    text[0] = "x"


def method_lookup():
    items = ["a", 1]
    return [item.upper() for item in items]


for case in [outer_frames, multi_line_call, comprehension, assertion, unpacking, decorated, reraised,
             context, lambda_frame, generator_frame, delete_missing, store_attribute, store_item,
             method_lookup]:
    show(case)
