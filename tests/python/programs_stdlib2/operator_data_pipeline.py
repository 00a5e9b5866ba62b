import operator
from functools import reduce, partial
from itertools import groupby, starmap, accumulate

sales = [
    {"region": "north", "rep": "ann", "amount": 1200, "items": 3},
    {"region": "south", "rep": "bob", "amount": 800, "items": 5},
    {"region": "north", "rep": "cy", "amount": 1500, "items": 2},
    {"region": "east", "rep": "di", "amount": 700, "items": 7},
    {"region": "south", "rep": "ed", "amount": 950, "items": 1},
]
get_region = operator.itemgetter("region")
get_amount = operator.itemgetter("amount")
for region, rows in groupby(sorted(sales, key=get_region), key=get_region):
    rows = list(rows)
    print(region, sum(map(get_amount, rows)), list(map(operator.itemgetter("rep"), rows)))
print(sorted(sales, key=operator.itemgetter("region", "amount"))[0])
print(max(sales, key=get_amount)["rep"], min(sales, key=operator.itemgetter("items"))["rep"])
print(reduce(operator.add, map(get_amount, sales)), reduce(operator.mul, range(1, 8)))
print(list(starmap(operator.pow, [(2, 5), (3, 2), (10, 3)])))
print(list(accumulate([1, 2, 3, 4], operator.mul)), list(accumulate([5, 3, 8, 1], max)))
print(list(map(operator.neg, [1, -2, 3])), list(filter(partial(operator.lt, 2), [1, 2, 3, 4])))
print(sorted(["bb", "a", "ccc"], key=len), sorted([(1, "b"), (1, "a"), (0, "z")], key=operator.itemgetter(1)))


class Employee:
    def __init__(self, name, dept, salary):
        self.name, self.dept, self.salary = name, dept, salary
        self.address = type("Addr", (), {"city": name.upper()[:3]})()

    def raise_by(self, pct):
        return round(self.salary * (1 + pct / 100), 2)


staff = [Employee("ann", "eng", 100), Employee("bob", "ops", 80), Employee("cy", "eng", 120)]
print([e.name for e in sorted(staff, key=operator.attrgetter("dept", "salary"), reverse=True)])
print(list(map(operator.attrgetter("address.city"), staff)))
print(list(map(operator.methodcaller("raise_by", 10), staff)))
print(list(map(operator.methodcaller("upper"), ["x", "y"])), operator.methodcaller("replace", "a", "o")("banana"))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv, "%": operator.mod, "**": operator.pow}


def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in ops:
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 **", "7 2 /", "7 2 //", "-7 2 %"]:
    print(e, "=", rpn(e))
try:
    rpn("1 0 /")
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
vec = [1, 2, 3]
print(operator.getitem(vec, slice(None, None, -1)), operator.contains("team", "i"), operator.is_(vec, vec))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.eq(d, {"k": 1}), operator.call(len, "four") if hasattr(operator, "call") else len("four"))
print(operator.attrgetter("real", "imag")(3 + 4j), operator.itemgetter(0, -1)("python"))
