"""A pure CPU function: an arithmetic loop on local ints and floats."""
from _harness import main


def work(size, k, state):
    x = 0
    f = 1.0
    for i in range(size):
        x = (x + i * 7) % 1000003
        f = f * 0.999999 + 1.0
    return x, f


main(work)
