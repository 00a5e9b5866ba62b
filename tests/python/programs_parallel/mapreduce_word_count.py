from concurrent.futures import ThreadPoolExecutor
from collections import Counter
from functools import reduce
import operator
import string

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way"""

def chunks(seq, n):
    size, rem = divmod(len(seq), n)
    start = 0
    for i in range(n):
        end = start + size + (1 if i < rem else 0)
        yield seq[start:end]
        start = end

def mapper(lines):
    table = str.maketrans("", "", string.punctuation)
    c = Counter()
    for line in lines:
        c.update(w.lower() for w in line.translate(table).split())
    return c

lines = TEXT.splitlines()
parts = list(chunks(lines, 3))
print([len(p) for p in parts])
with ThreadPoolExecutor(max_workers=3) as ex:
    partials = list(ex.map(mapper, parts))
total = reduce(operator.add, partials, Counter())
print(total.most_common(6))
print(sum(total.values()), len(total))
for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
    print(f"{word:<12}{n:>3} {'#' * n}")

nums = list(range(1, 10001))
with ThreadPoolExecutor(4) as ex:
    sums = list(ex.map(sum, chunks(nums, 4)))
    sq = list(ex.map(lambda c: sum(x * x for x in c), chunks(nums, 7)))
print(sums, sum(sums) == sum(nums))
print(sum(sq), sum(x * x for x in nums))
c1 = Counter(a=3, b=1)
c2 = Counter(a=1, b=2, c=5)
print(c1 + c2, c1 - c2, c1 | c2, c1 & c2)
print(max(partials, key=lambda c: sum(c.values())).most_common(2))
