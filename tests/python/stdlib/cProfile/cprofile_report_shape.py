# cProfile and pstats: the report's shape (header, 'Ordered by', column titles, ncalls with
# recursive calls as 'total/primitive', function labels, built-ins in braces), callers and callees,
# strip_dirs, restrictions, dump_stats/load, runcall and the context manager. Times vary from run to
# run, so they are replaced by T; rows are sorted by calls then name, which does not depend on time.
import cProfile
import io
import os
import pstats
import re
import tempfile


def shape(text):
    return "\n".join(re.sub(r"\d+\.\d{3}", "T", line).rstrip() for line in text.splitlines())


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def work():
    values = [fib(i) for i in range(7)]
    values.append(len(values))
    return sorted(values, key=lambda v: -v)


profiler = cProfile.Profile()
profiler.enable()
work()
profiler.disable()

out = io.StringIO()
stats = pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("calls", "name")
stats.print_stats()
stats.print_stats("fib|work", 2)
stats.print_callers("fib")
stats.print_callees("work")
print(shape(out.getvalue()))
print(sorted((name, cc, nc) for (_, _, name), (cc, nc, tt, ct, callers) in stats.stats.items()))
print(stats.total_calls, stats.prim_calls)

path = os.path.join(tempfile.mkdtemp(), "work.prof")
profiler.dump_stats(path)
loaded = pstats.Stats(path, stream=io.StringIO())
print(sorted(k[2] for k in loaded.stats), loaded.total_calls)
both = pstats.Stats(path, stream=io.StringIO()).add(path)
print(both.total_calls, both.stats[next(k for k in both.stats if k[2] == "fib")][:2])

p = cProfile.Profile()
print(p.runcall(fib, 6))
p.create_stats()
print(sorted((k[2], v[0], v[1]) for k, v in p.stats.items()))

with cProfile.Profile() as q:
    work()
entries = {e.code if isinstance(e.code, str) else e.code.co_name: e.callcount for e in q.getstats()}
print(entries["fib"], entries["work"], entries["<method 'append' of 'list' objects>"])

out = io.StringIO()
pstats.Stats(q, stream=out).sort_stats(pstats.SortKey.CALLS, pstats.SortKey.NAME).print_stats(3)
print(shape(out.getvalue()).replace(os.path.dirname(__file__), "DIR"))
print(pstats.SortKey.CUMULATIVE, pstats.SortKey("ncalls") is pstats.SortKey.CALLS)
