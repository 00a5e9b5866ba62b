import operator
from operator import attrgetter, itemgetter, methodcaller
from functools import reduce

class Employee:
    def __init__(self, name, dept, salary, manager=None):
        self.name, self.dept, self.salary, self.manager = name, dept, salary, manager
    def raise_by(self, pct, cap=None):
        new = self.salary * (1 + pct / 100)
        return min(new, cap) if cap else new
    def __repr__(self):
        return f"Emp({self.name})"

boss = Employee("ann", "mgmt", 200)
staff = [Employee("bob", "eng", 120, boss), Employee("cy", "eng", 110, boss),
         Employee("di", "ops", 90, boss), Employee("ed", "ops", 95), boss]
print(sorted(staff, key=attrgetter("salary")))
print(sorted(staff, key=attrgetter("dept", "name")))
print(list(map(attrgetter("manager.name"), staff[:3])))
try:
    attrgetter("manager.name")(staff[3])
except AttributeError as e:
    print(type(e).__name__, e)
print(list(map(methodcaller("raise_by", 10), staff[:2])), methodcaller("raise_by", 50, cap=250)(boss))
print(attrgetter("name"), itemgetter(1, 0), methodcaller("raise_by", 5, cap=1))
rows = [("b", 2, 9.5), ("a", 2, 1.0), ("c", 1, 3.3)]
print(sorted(rows, key=itemgetter(1, 0)), itemgetter(slice(0, 2))(rows[0]), itemgetter("k")({"k": 1}))
print(reduce(operator.add, [[1], [2, 3], []]), reduce(operator.mul, range(1, 7)), operator.concat("ab", "cd"))

class V:
    def __init__(self, *c): self.c = c
    def __add__(self, o): return V(*(a + b for a, b in zip(self.c, o.c)))
    def __mul__(self, k): return V(*(a * k for a in self.c))
    def __neg__(self): return V(*(-a for a in self.c))
    def __getitem__(self, i): return self.c[i]
    def __setitem__(self, i, v): self.c = self.c[:i] + (v,) + self.c[i + 1:]
    def __contains__(self, x): return x in self.c
    def __lt__(self, o): return self.c < o.c
    def __eq__(self, o): return self.c == o.c
    def __index__(self): return len(self.c)
    def __repr__(self): return f"V{self.c}"
a, b = V(1, 2), V(3, 4)
print(operator.add(a, b), operator.mul(a, 3), operator.neg(a), operator.getitem(b, 1), operator.contains(a, 2))
operator.setitem(a, 0, 9)
print(a, operator.lt(a, b), operator.eq(a, V(9, 2)), operator.index(b), operator.truth(a), operator.is_(a, a))
print(operator.iadd([1], [2]), operator.iconcat("x", "y"), operator.not_(a), operator.countOf([a, a, b], a))
print(operator.length_hint(iter([1, 2, 3])), operator.indexOf([a, b], b), bin(V(1, 2, 3)))
try:
    operator.index(1.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    operator.add(a, 1)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
print([f(7, 2) for f in (operator.floordiv, operator.mod, operator.pow, operator.truediv, operator.lshift, operator.xor)])
