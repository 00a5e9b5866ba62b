def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

def parse_qty(text):
    total = (0, 1)
    for part in text.split():
        if "/" in part:
            n, d = part.split("/")
            n, d = int(n), int(d)
        else:
            n, d = int(part), 1
        total = (total[0] * d + n * total[1], total[1] * d)
    g = gcd(*total)
    return total[0] // g, total[1] // g

def fmt_qty(n, d):
    if n == 0:
        return "0"
    whole, rem = divmod(n, d)
    if rem == 0:
        return str(whole)
    return (f"{whole} " if whole else "") + f"{rem}/{d}"

def scale(q, factor):
    n, d = q
    fn, fd = factor
    n, d = n * fn, d * fd
    g = gcd(n, d)
    return n // g, d // g

RECIPE = """2 1/4 cup flour
1 tsp baking soda
1 tsp salt
1 cup butter
3/4 cup sugar
3/4 cup brown sugar
2 whole eggs
2 cup chocolate chips
1/2 tsp vanilla"""
SERVES = 24
items = []
for line in RECIPE.splitlines():
    words = line.split()
    i = 0
    while i < len(words) and (words[i][0].isdigit()):
        i += 1
    qty = parse_qty(" ".join(words[:i]))
    unit, name = words[i], " ".join(words[i + 1:])
    items.append((qty, unit, name))

for target in (24, 12, 36, 8):
    factor = (target, SERVES)
    g = gcd(*factor)
    factor = (factor[0] // g, factor[1] // g)
    print(f"--- {target} cookies (x{fmt_qty(*factor)})")
    for qty, unit, name in items:
        print(f"  {fmt_qty(*scale(qty, factor)):>7} {unit:<5} {name}")
print(parse_qty("1 1/2"), parse_qty("3/6"), fmt_qty(7, 4), fmt_qty(8, 4))
