"""Reads of a threading.local attribute that each thread set for itself."""
import threading

from _harness import main

LOCAL = threading.local()


def work(size, k, state):
    LOCAL.value = k + 1
    loc = LOCAL
    s = 0
    for i in range(size):
        s += loc.value
    return s


main(work)
