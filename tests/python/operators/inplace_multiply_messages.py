# x *= y that fails: when x has sequence slots (any class, dict, set) but cannot repeat, CPython
# tries no repeat of y and reports "unsupported operand type(s) for *="; otherwise y's repeat
# complains about x ("can't multiply sequence by non-int").
class V:
    pass
class L(list):
    pass
class S(str):
    pass
import collections, array
for mk in ["V()", "{}", "set()", "5", "2.5", "None", "range(3)", "L([1])", "S('s')", "collections.OrderedDict()", "frozenset()", "(lambda: 0)", "object()", "memoryview(b'a')", "collections.Counter()", "{}.keys()", "True", "1j"]:
    for other in ["'k'", "[1]", "V()", "2.0", "(1,)", "b'x'"]:
        x = eval(mk)
        try:
            x *= eval(other)
            print(mk, other, 'ok', type(x).__name__)
        except TypeError as e:
            print(mk, other, e)
