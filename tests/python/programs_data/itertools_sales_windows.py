from itertools import accumulate, groupby, islice, pairwise, tee, chain, zip_longest, count, takewhile
from operator import itemgetter, add
from datetime import date, timedelta

start = date(2024, 3, 1)
sales = [(start + timedelta(days=i), v) for i, v in enumerate([120, 95, 0, 130, 160, 40, 0, 0, 210, 180, 175, 90, 60, 300])]
running = list(accumulate(v for _, v in sales))
print(running)
print(list(accumulate((v for _, v in sales), max)))
for (d1, v1), (d2, v2) in pairwise(sales):
    if v1 and v2 and abs(v2 - v1) / v1 > 0.5:
        print(f"{d1:%d %b}->{d2:%d %b}: {v1}->{v2} ({(v2 - v1) / v1:+.0%})")
def windows(it, n):
    its = tee(it, n)
    for i, x in enumerate(its):
        for _ in range(i):
            next(x, None)
    return zip(*its)
print([round(sum(w) / 3, 1) for w in windows((v for _, v in sales), 3)])
for week, days in groupby(sales, key=lambda dv: dv[0].isocalendar().week):
    days = list(days)
    vals = [v for _, v in days]
    print(f"week {week}: {len(days)} days, total {sum(vals)}, best {max(days, key=itemgetter(1))[0]:%a}")
zero_runs = [len(list(g)) for k, g in groupby(sales, key=lambda dv: dv[1] == 0) if k]
print("zero runs", zero_runs)
print(list(islice(sales, 2, 5)), list(takewhile(lambda dv: dv[1] > 0, sales)))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="?")), list(chain.from_iterable(zip(count(1), "xyz"))))
print(list(accumulate([1, 2, 3], add, initial=10)), list(accumulate([], initial=None)) if False else "")
next(islice(sales, 20, None))
