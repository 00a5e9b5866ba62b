"""Generators: a generator function driven by a for loop, and a generator expression."""
from _harness import main


def count_to(n):
    i = 0
    while i < n:
        yield i
        i += 1


def work(size, k, state):
    s = 0
    for _ in range(size // 100):
        for v in count_to(100):
            s += v
        s += sum(x for x in range(10))
    return s


main(work)
