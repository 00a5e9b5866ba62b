"""Shared driver of the scaling patterns: `python PATTERN.py NS SIZE [REPS]` times work(SIZE) on
each of N threads at once, for every N in NS (comma-separated, e.g. `1,2,4`), in one process.

First it warms up: rounds of one thread, then of the most threads, until three rounds in a
row bring no one-thread time 5% below the best before them (a JIT has compiled the work by then,
so T1 is not measured cold; on a noisy machine, times that merely wobble count as settled),
at least 4 rounds, at most 40 or 60 s. Then it runs REPS rounds (default 5; more when one
thread's round is short, see MIN_TIMED_SECONDS) of each N, interleaved, and prints one line per N, `time N MEDIAN_SECONDS`, then `warmup ROUNDS`, then the pattern's
correctness line if it has one (`exact True ...`).
"""
import sys
import threading
import time

WARM_GAIN = 0.05
WARM_MIN_ROUNDS = 4
WARM_MAX_ROUNDS = 40
WARM_MAX_SECONDS = 60.0
# Short rounds are mostly noise: a young collection of 10-50 ms lands in one round or another. The
# timed rounds per N are raised until one thread's rounds add up to this many seconds (at most
# MAX_REPS rounds), so a pattern Weft runs in 30 ms gets some 30 rounds where CPython's 0.3 s gets 5.
MIN_TIMED_SECONDS = 1.0
MAX_REPS = 31


def run_threads(n, target, args_for):
    threads = [threading.Thread(target=target, args=args_for(k)) for k in range(n)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - start


def one_round(work, setup, n, size):
    """N threads each doing work(size): the wall time and the shared state they used."""
    state = setup(n, size) if setup else None
    return run_threads(n, work, lambda k: (size, k, state)), state


def warm_up(work, setup, n_max, size):
    """Rounds until the one-thread time stops improving; the many-thread rounds share the same
    total work (size // n_max each), so that they compile the threaded paths without costing N
    times more."""
    deadline = time.perf_counter() + WARM_MAX_SECONDS
    best = None
    since_gain = 0
    rounds = 0
    while rounds < WARM_MAX_ROUNDS and time.perf_counter() < deadline:
        t, _ = one_round(work, setup, 1, size)
        if n_max > 1:
            one_round(work, setup, n_max, max(1, size // n_max))
        rounds += 1
        if best is None or t < (1 - WARM_GAIN) * best:
            since_gain = 0
        else:
            since_gain += 1
        best = t if best is None else min(best, t)
        if since_gain >= 3 and rounds >= WARM_MIN_ROUNDS:
            break
    return rounds, best


def median(xs):
    xs = sorted(xs)
    mid = len(xs) // 2
    return xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2


def main(work, setup=None, check=None):
    """work(size, k, state) is one thread's share; setup(n, size) -> state shared by the threads;
    check(n, size, state) -> a line proving the run was exact (or None)."""
    ns = [int(x) for x in sys.argv[1].split(",")]
    size = int(sys.argv[2])
    reps = int(sys.argv[3]) if len(sys.argv) > 3 else 5
    rounds, best = warm_up(work, setup, max(ns), size)
    if best and best > 0:
        reps = max(reps, min(MAX_REPS, int(MIN_TIMED_SECONDS / best) + 1))
    times = {n: [] for n in ns}
    line = None
    for _ in range(reps):
        for n in ns:
            t, state = one_round(work, setup, n, size)
            times[n].append(t)
            if check:
                verdict = check(n, size, state)
                # Keep the first failure, else the last line.
                line = verdict if line is None or "exact True" in line else line
    for n in ns:
        print("time %d %.6f" % (n, median(times[n])))
    print("warmup %d" % rounds)
    if line is not None:
        print(line)
