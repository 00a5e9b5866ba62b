import re
from functools import cache

PASSPORTS = """ecl:gry pid:860033327 eyr:2020 hcl:#fffffd
byr:1937 iyr:2017 cid:147 hgt:183cm

iyr:2013 ecl:amb cid:350 eyr:2023 pid:028048884
hcl:#cfa07d byr:1929

hcl:#ae17e1 iyr:2013
eyr:2024
ecl:brn pid:760753108 byr:1931
hgt:179cm

hcl:#cfa07d eyr:2025 pid:166559648
iyr:2011 ecl:brn hgt:59in"""

RULES = {
    "byr": lambda v: 1920 <= int(v) <= 2002,
    "iyr": lambda v: 2010 <= int(v) <= 2020,
    "eyr": lambda v: 2020 <= int(v) <= 2030,
    "hgt": lambda v: (m := re.fullmatch(r"(\d+)(cm|in)", v)) is not None
    and (150 <= int(m[1]) <= 193 if m[2] == "cm" else 59 <= int(m[1]) <= 76),
    "hcl": lambda v: re.fullmatch(r"#[0-9a-f]{6}", v) is not None,
    "ecl": lambda v: v in {"amb", "blu", "brn", "gry", "grn", "hzl", "oth"},
    "pid": lambda v: re.fullmatch(r"\d{9}", v) is not None,
}
docs = [dict(f.split(":") for f in block.split()) for block in PASSPORTS.split("\n\n")]
for d in docs:
    missing = sorted(RULES.keys() - d.keys())
    bad = sorted(k for k in RULES.keys() & d.keys() if not RULES[k](d[k]))
    print(len(d), "missing", missing, "invalid", bad)
print(sum(RULES.keys() <= d.keys() for d in docs), sum(all(k in d and f(d[k]) for k, f in RULES.items()) for d in docs))

BAGS = """light red bags contain 1 bright white bag, 2 muted yellow bags.
dark orange bags contain 3 bright white bags, 4 muted yellow bags.
bright white bags contain 1 shiny gold bag.
muted yellow bags contain 2 shiny gold bags, 9 faded blue bags.
shiny gold bags contain 1 dark olive bag, 2 vibrant plum bags.
dark olive bags contain 3 faded blue bags, 4 dotted black bags.
vibrant plum bags contain 5 faded blue bags, 6 dotted black bags.
faded blue bags contain no other bags.
dotted black bags contain no other bags."""
graph = {}
for line in BAGS.splitlines():
    outer, inner = line.split(" bags contain ")
    graph[outer] = {name: int(n) for n, name in re.findall(r"(\d+) (\w+ \w+) bag", inner)}
print(graph["shiny gold"], graph["faded blue"])


@cache
def holds_gold(bag):
    return any(b == "shiny gold" or holds_gold(b) for b in graph[bag])


@cache
def count_inside(bag):
    return sum(n * (1 + count_inside(b)) for b, n in graph[bag].items())


print(sum(map(holds_gold, graph)), count_inside("shiny gold"), holds_gold.cache_info().currsize)
