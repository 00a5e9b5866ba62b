from functools import reduce, partial
from itertools import groupby, chain, islice, accumulate
from operator import itemgetter, add

records = """alice,engineering,120000,2019
bob,marketing,85000,2020
carol,engineering,135000,2017
dave,sales,70000,2021
erin,marketing,92000,2018
frank,sales,64000,2022
grace,engineering,150000,2015""".splitlines()

def parse(line):
    name, dept, salary, year = line.split(",")
    return {"name": name, "dept": dept, "salary": int(salary), "year": int(year)}

people = list(map(parse, records))
by_dept = sorted(people, key=itemgetter("dept"))
for dept, members in groupby(by_dept, key=itemgetter("dept")):
    members = list(members)
    total = sum(map(itemgetter("salary"), members))
    print(f"{dept:<12}{len(members):>3}{total:>10,}{total / len(members):>12,.1f}")

senior = filter(lambda p: p["year"] <= 2018, people)
print([p["name"] for p in senior])
print(max(people, key=itemgetter("salary"))["name"], min(people, key=lambda p: (p["year"], p["name"]))["name"])
print(sorted(people, key=lambda p: (-p["salary"], p["name"]))[:3] == sorted(people, key=itemgetter("salary"), reverse=True)[:3])

compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
normalize = compose(str.strip, str.lower, partial(str.replace, old=" ", new="-") if False else (lambda s: s.replace(" ", "-")))
print(normalize("  Hello Big World "))

def take(n, it):
    return list(islice(it, n))

def naturals():
    n = 1
    while True:
        yield n
        n += 1

squares = map(lambda x: x * x, naturals())
evens = filter(lambda x: x % 2 == 0, squares)
print(take(5, evens))
print(take(6, accumulate(naturals(), add)))
print(list(chain.from_iterable(map(lambda x: [x] * x, range(4)))))

salaries = list(map(itemgetter("salary"), people))
mean = sum(salaries) / len(salaries)
var = sum(map(lambda s: (s - mean) ** 2, salaries)) / len(salaries)
print(f"{mean:.2f} {var ** 0.5:.2f}")
buckets = {}
for p in people:
    buckets.setdefault(p["salary"] // 50000 * 50000, []).append(p["name"])
print(dict(sorted(buckets.items())))
word_counts = reduce(lambda acc, w: {**acc, w: acc.get(w, 0) + 1}, "a b a c b a".split(), {})
print(word_counts)
print(list(zip(*[iter(range(9))] * 3)))
print(dict(map(reversed, {"a": 1, "b": 2}.items())))
print(sorted(map(str.upper, {"x", "y", "z"})))
print(list(map(lambda t: t[0] * t[1], enumerate([5, 6, 7], 1))))
print(any(map(str.isupper, "abcD")), all(map(str.isalpha, "abc1")))
print(tuple(filter(lambda kv: kv[1] > 1, {"a": 1, "b": 2, "c": 3}.items())))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(sum(nested, []), reduce(add, nested), [x for sub in nested for x in sub])
