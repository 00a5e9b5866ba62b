from functools import reduce, partial
from operator import add, mul, itemgetter, attrgetter, methodcaller

def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs, lambda x: x)

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
print(list(map(pow, [2, 3, 4], [5, 2, 1])), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(reduce(add, range(1, 11)), reduce(mul, range(1, 11), 1), reduce(lambda a, b: a * 10 + b, [1, 2, 3]))
print(sorted(["banana", "Apple", "cherry"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")], key=itemgetter(1)))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), sorted(words, key=lambda w: (-len(w), w)))
print(list(map(methodcaller("upper"), words)), list(map(methodcaller("count", "a"), words)))
base2 = partial(int, base=2)
print(base2("1011"), base2.func.__name__, base2.keywords, partial(pow, 2)(10))
class P:
    def __init__(self, n, a):
        self.name, self.age = n, a
people = [P("ann", 30), P("bob", 25), P("cy", 35)]
print([p.name for p in sorted(people, key=attrgetter("age"))], attrgetter("name", "age")(people[0]))
def curry(f, n):
    def acc(*args):
        return f(*args) if len(args) >= n else lambda *more: acc(*args, *more)
    return acc
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3))
print(list(zip(*[[1, 2, 3], [4, 5, 6]])), list(enumerate("ab", start=1)), any(x > 2 for x in [1, 3]), all([]))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])), list(map(str, range(3))))
