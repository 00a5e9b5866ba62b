# A non-iterable *x: CPython's message depends on how the compiler unpacks it.
# f(*x) alone goes to CALL_FUNCTION_EX (the callee is named, and **x is checked first);
# *x among other positional arguments, and in list or tuple displays, goes through
# LIST_EXTEND ("Value after * ..."); a set display uses SET_UPDATE (plain "not iterable").


def h(*a, **k):
    return a, k


cases = [
    "h(*h)",
    "h(*5)",
    "h(1, *h)",
    "h(*[1], *2)",
    "h(*h, **h)",
    "h(*None, x=1)",
    "print(*None)",
    "[*h]",
    "(*h,)",
    "[1, *3.5]",
    "{*h}",
]
for src in cases:
    try:
        eval(src)
    except TypeError as e:
        print(f"{src:14} {e}")

# An iterable that is not a tuple or list is unpacked after the keyword values are computed.
def gen():
    print("unpacking gen")
    yield 1


print(h(*gen(), k=print("keyword value")))
print(h(0, *gen(), k=print("keyword value")))
print(h(*(1, 2), k=3), h(*[4], **{"z": 5}))


class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)


print(h(*Seq()), [*Seq()], h(1, *Seq()))
