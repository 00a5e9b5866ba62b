"""Closures: making one per step and calling it (cells read and written)."""
from _harness import main


def make_adder(n):
    def add(x):
        return x + n
    return add


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count
    return bump


def work(size, k, state):
    bump = counter()
    s = 0
    for i in range(size):
        s += make_adder(i)(1) + bump()
    return s


main(work)
