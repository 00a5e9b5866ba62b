"""random with a per-thread Random instance."""
import random

from _harness import main


def work(size, k, state):
    rnd = random.Random(k)
    s = 0.0
    for i in range(size):
        s += rnd.random()
        s += rnd.randrange(10)
    return s


main(work)
