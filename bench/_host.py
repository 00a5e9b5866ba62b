"""What the benchmark harnesses (bench/run, bench/scaling) say about the host they ran on."""
import os
import subprocess
import sys
import time

# A loop that allocates nothing: pinned to one core, its time is that core's speed.
PURE_LOOP = "x = 0\nfor i in range(3000000):\n    x ^= i\n"


def core_speeds():
    """Each core's speed at PURE_LOOP, one process pinned to it at a time, relative to the fastest
    ({cpu: ratio}); empty where affinity cannot be set. A VM's cores can differ for minutes at a
    time (seen 2026-11-27: one of two vCPUs ran a pure loop 1.6x slower than the other while a
    neighbour was busy), and N threads wait for the slowest of N cores."""
    if not hasattr(os, "sched_getaffinity"):
        return {}
    times = {}
    for cpu in sorted(os.sched_getaffinity(0)):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", PURE_LOOP], preexec_fn=lambda c=cpu: os.sched_setaffinity(0, {c}))
        times[cpu] = time.perf_counter() - start
    fastest = min(times.values())
    return {cpu: fastest / t for cpu, t in times.items()}


def print_core_speeds(when):
    """One line: each core's speed, and a warning when they differ by more than a tenth (then a
    single-threaded run's time depends on the core it got, and N threads wait for the slowest)."""
    speeds = core_speeds()
    if len(speeds) < 2:
        return
    print("core speeds %s (pure loop, 1.00 = fastest): %s%s" % (
        when, " ".join("cpu%d %.2f" % item for item in sorted(speeds.items())),
        "   (uneven: the numbers below depend on which core ran what)" if min(speeds.values()) < 0.9 else ""),
        flush=True)
