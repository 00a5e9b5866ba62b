# A mappingproxy hands every rich comparison to the mapping it wraps and returns its result as
# is (no bool() of it), == and != included.
import operator
from types import MappingProxyType

proxy = MappingProxyType({"a": 1})
print(proxy == {"a": 1}, proxy != {"a": 1}, proxy != {"b": 2}, {"a": 1} == proxy)
print(proxy.__ne__({"a": 1}), proxy.__ne__({"a": 2}), proxy.__eq__(5))
for op in (operator.lt, operator.ge):
    try:
        op(proxy, {})
    except TypeError as e:
        print(op.__name__, "TypeError:", e)


class Verdict:
    def __init__(self, name):
        self.name = name

    def __bool__(self):
        raise RuntimeError("must not be asked for truth")

    def __repr__(self):
        return "Verdict(%s)" % self.name


class Judging(dict):
    def __eq__(self, other):
        return Verdict("eq")

    def __ne__(self, other):
        return Verdict("ne")

    def __lt__(self, other):
        return Verdict("lt")

    def __ge__(self, other):
        return Verdict("ge")


judged = MappingProxyType(Judging(x=1))
print(judged == {}, judged != {}, judged < {}, judged >= {})
