"""Reads of a shared global list and a shared global dict (indexing, lookups, len)."""
from _harness import main

TABLE = list(range(100))
NAMES = {str(i): i for i in range(100)}
KEYS = [str(i) for i in range(100)]


def work(size, k, state):
    s = 0
    for i in range(size):
        j = i % 100
        s += TABLE[j] + NAMES[KEYS[j]] + len(TABLE)
    return s


main(work)
