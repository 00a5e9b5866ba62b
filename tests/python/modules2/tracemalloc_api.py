# tracemalloc's API: start/stop/is_tracing, snapshots, statistics, filters (numbers are not compared)
import tracemalloc
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_traceback_limit())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
for bad in (0, 70000):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError:', e)
tracemalloc.start(5)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
data = [list(range(100)) for _ in range(100)]
current, peak = tracemalloc.get_traced_memory()
print(type(current).__name__, type(peak).__name__, peak >= current >= 0, tracemalloc.get_tracemalloc_memory() >= 0)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__, snap.traceback_limit)
stats = snap.statistics('lineno')
print(type(stats).__name__, all(isinstance(s, tracemalloc.Statistic) for s in stats))
filtered = snap.filter_traces([tracemalloc.Filter(False, '<frozen importlib._bootstrap>'), tracemalloc.DomainFilter(True, 0)])
print(type(filtered).__name__, filtered.traceback_limit)
try:
    snap.statistics('bogus')
except ValueError as e:
    print('ValueError:', e)
try:
    snap.filter_traces('x')
except AttributeError as e:
    print('AttributeError:', e)
diff = tracemalloc.take_snapshot().compare_to(snap, 'filename')
print(all(isinstance(d, tracemalloc.StatisticDiff) for d in diff))
tracemalloc.reset_peak()
tracemalloc.clear_traces()
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(data))
f = tracemalloc.Frame(('a.py', 3))
tb = tracemalloc.Traceback((('b.py', 2), ('a.py', 1)), 2)
print(f, repr(f), str(tb), repr(tb), len(tb), tb[0], f == tracemalloc.Frame(('a.py', 3)), tb.total_nframe)
st = tracemalloc.Statistic(tb, 4096, 2)
print(st, repr(st))
sd = tracemalloc.StatisticDiff(tb, 150000, -2048, 3, 1)
print(sd, repr(sd))
t = tracemalloc.Trace((0, 512, (('x.py', 7),), 1))
print(t, t.domain, t.size, t.traceback)
flt = tracemalloc.Filter(True, 'x.py', lineno=7)
print(flt.inclusive, flt.filename_pattern, flt.lineno, flt.all_frames, flt.domain)
s2 = tracemalloc.Snapshot([(0, 512, (('x.py', 7),), 1), (0, 100, (('y.py', 1),), 1), (1, 10, (('x.py', 7),), 1)], 1)
print([str(s) for s in s2.statistics('lineno')], [str(s) for s in s2.statistics('filename')])
print(len(s2.filter_traces([flt]).traces), len(s2.filter_traces([tracemalloc.DomainFilter(False, 1)]).traces))
print([str(d) for d in s2.compare_to(tracemalloc.Snapshot([(0, 100, (('y.py', 1),), 1)], 1), 'lineno')])
