"""Appends to a list private to the thread."""
from _harness import main


def work(size, k, state):
    out = []
    for i in range(size):
        out.append(i)
    return len(out)


main(work)
