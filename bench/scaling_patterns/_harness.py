"""Shared driver of the scaling patterns: `python PATTERN.py N SIZE` runs work(SIZE) on each of
N threads at once, after a warm-up, and prints the best of 3 wall times in seconds on the first
line (`time 0.123`); a pattern may print more lines after it (its correctness checks).
"""
import sys
import threading
import time


def run_threads(n, target, args_for):
    threads = [threading.Thread(target=target, args=args_for(k)) for k in range(n)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def main(work, setup=None, check=None, reps=3):
    """work(size, k, state) is one thread's share; setup(n, size) -> state shared by the threads;
    check(n, size, state) -> a line proving the run was exact (or None)."""
    n = int(sys.argv[1])
    size = int(sys.argv[2])
    # Warm-up, so that a JIT has compiled the work before it is timed: one thread, then all.
    state = setup(1, size // 4) if setup else None
    run_threads(1, work, lambda k: (size // 4, k, state))
    state = setup(n, size // 4) if setup else None
    run_threads(n, work, lambda k: (size // 4, k, state))
    best = None
    line = None
    for _ in range(reps):
        state = setup(n, size) if setup else None
        t = run_threads(n, work, lambda k: (size, k, state))
        best = t if best is None or t < best else best
        if check:
            line = check(n, size, state)
    print("time %.6f" % best)
    if line is not None:
        print(line)
