"""Calls of functions found in a shared module dict: a global function and math.floor."""
import math

from _harness import main


def helper(a, b):
    return a + b


def work(size, k, state):
    s = 0
    for i in range(size):
        s = helper(s, math.floor(1.5)) & 0xFFFF
    return s


main(work)
