SMALL = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
BIG = ["", "thousand", "million", "billion", "trillion", "quadrillion"]

def below_1000(n):
    parts = []
    h, n = divmod(n, 100)
    if h:
        parts.append(SMALL[h] + " hundred")
    if n:
        if h:
            parts.append("and")
        if n < 20:
            parts.append(SMALL[n])
        else:
            t, u = divmod(n, 10)
            parts.append(TENS[t] + ("-" + SMALL[u] if u else ""))
    return " ".join(parts)

def spell(n):
    if n < 0:
        return "minus " + spell(-n)
    if n == 0:
        return "zero"
    groups = []
    i = 0
    while n:
        n, g = divmod(n, 1000)
        if g:
            groups.append(below_1000(g) + (" " + BIG[i] if BIG[i] else ""))
        i += 1
    return ", ".join(reversed(groups))

for n in [0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, -987654321, 2 ** 40, 10 ** 15 + 7]:
    print(f"{n:>18,}: {spell(n)}")
# four is magic
def magic(n):
    out = []
    while n != 4:
        w = spell(n)
        out.append(f"{w} is {spell(len(w))}")
        n = len(w)
    out.append("four is magic.")
    return ", ".join(out).capitalize()
print(magic(23))
print(magic(4))
print(sum(len(spell(i).replace(" ", "").replace("-", "").replace(",", "")) for i in range(1, 1001)))
