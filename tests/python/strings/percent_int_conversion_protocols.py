# How %d/%i/%u and %o/%x/%X turn a non-int argument into an integer: %d follows int()
# (__int__ before __index__, floats truncate), %o/%x/%X accept only __index__; a TypeError
# on the way becomes "%d format: a real number is required" / "an integer is required".


class IntOnly:
    def __int__(self):
        return 42


class IndexOnly:
    def __index__(self):
        return 255


class Both:
    def __int__(self):
        return 1

    def __index__(self):
        return 2


class BadInt:
    def __int__(self):
        return "nope"


class RaisesType:
    def __int__(self):
        raise TypeError("inner")


class RaisesValue:
    def __int__(self):
        raise ValueError("inner value")


class FloatOnly:
    def __float__(self):
        return 7.9


values = [IntOnly(), IndexOnly(), Both(), BadInt(), RaisesType(), RaisesValue(), FloatOnly(),
          3.99, -2.5, True, 2 + 0j, "12", b"1", None, float("inf"), float("nan")]
for conv in ("%d", "%i", "%u", "%x", "%X", "%o", "%5.3d", "%#x"):
    for v in values:
        try:
            out = conv % v
        except (TypeError, ValueError, OverflowError) as exc:
            out = "%s: %s" % (type(exc).__name__, exc)
        print(conv, type(v).__name__, "->", out)

for v in (IntOnly(), IndexOnly(), 3.5, "x"):
    try:
        print(b"%d|" % v, b"%x" % v)
    except (TypeError, ValueError) as exc:
        print("bytes", type(v).__name__, "->", type(exc).__name__, exc)
