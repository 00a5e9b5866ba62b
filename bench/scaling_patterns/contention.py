"""Contention: N threads append to one shared list and write distinct keys of one shared dict.
It cannot scale; it must not collapse, and the final counts must be exact."""
from _harness import main


def setup(n, size):
    return [], {}


def work(size, k, state):
    shared, table = state
    append = shared.append
    base = k * size
    for i in range(size):
        append(i)
        table[base + i] = i


def check(n, size, state):
    shared, table = state
    ok = len(shared) == n * size and len(table) == n * size
    return "exact %s %d %d" % (ok, len(shared), len(table))


main(work, setup, check)
