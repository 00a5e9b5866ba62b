# trace.Trace: tracing lines ('--- modulename:' and 'file.py(n):' listings), counting them,
# the .cover files of write_results (counts, '>>>>>> ' for lines not run), the summary, and
# the called-functions and calling-relationships reports.
import io
import os
import shutil
import sys
import tempfile
import trace

from pdbsupport import FilteredStdout

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, 'pdbsupport'))
import tracesubject

tracer = trace.Trace(count=1, trace=1)
print('result', tracer.runfunc(tracesubject.main))
results = tracer.results()
print(sorted((os.path.basename(f), line, n) for (f, line), n in results.counts.items()))
folder = tempfile.mkdtemp()
saved = sys.stdout
sys.stdout = FilteredStdout(saved)
try:
    results.write_results(show_missing=True, summary=True, coverdir=folder)
finally:
    sys.stdout = saved
for name in sorted(os.listdir(folder)):
    print('==', name)
    with open(os.path.join(folder, name)) as f:
        print(f.read())
shutil.rmtree(folder)

for options in [dict(countfuncs=1), dict(countcallers=1)]:
    tracer = trace.Trace(count=0, trace=0, **options)
    tracer.runfunc(tracesubject.main)
    report = io.StringIO()
    sys.stdout = report
    try:
        tracer.results().write_results()
    finally:
        sys.stdout = saved
    # Calls from trace.py's own runfunc sort by its path, which differs between Pythons.
    lines = report.getvalue().replace(HERE + os.sep, '').split('\n')
    while any(line.endswith('trace.py ***') for line in lines):
        start = next(i for i, line in enumerate(lines) if line.endswith('trace.py ***'))
        end = lines.index('', start)
        del lines[start:end + 1]
    print('\n'.join(lines))

tracer = trace.Trace(count=1, trace=0)
namespace = {'__file__': tracesubject.__file__, 'tracesubject': tracesubject}
tracer.runctx('tracesubject.fib(3)\ntracesubject.fib(1)', namespace, namespace)
print(sorted((os.path.basename(f), line, n) for (f, line), n in tracer.results().counts.items()))
tracer = trace.Trace(count=0, trace=1, ignoremods=['tracesubject'])
tracer.runfunc(tracesubject.main)
tracer = trace.Trace(count=0, trace=0)
print(tracer.runfunc(tracesubject.fib, 5), tracer.results().counts)
