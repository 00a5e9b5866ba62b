# Word frequencies: count chunks in a thread pool, merge Counters, print the top words.
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
import re

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us"""

def count_words(chunk):
    return Counter(re.findall(r"[a-z]+", chunk.lower()))

lines = TEXT.splitlines()
with ThreadPoolExecutor(max_workers=3) as ex:
    partials = list(ex.map(count_words, lines))
total = sum(partials, Counter())
for word, n in sorted(total.most_common(), key=lambda kv: (-kv[1], kv[0]))[:6]:
    print(f"{word:8} {n}")
print("distinct:", len(total), "total:", sum(total.values()))
print("per line:", [sum(c.values()) for c in partials])
