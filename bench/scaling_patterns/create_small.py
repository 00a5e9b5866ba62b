"""Creating small dicts and lists (allocation: the collector's share of the scaling)."""
from _harness import main


def work(size, k, state):
    s = 0
    for i in range(size):
        d = {"a": i, "b": k}
        l = [i, k, i]
        s += len(d) + len(l)
    return s


main(work)
