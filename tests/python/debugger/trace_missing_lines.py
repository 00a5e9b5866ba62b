# trace's .cover files mark with '>>>>>> ' the lines that could have run but did not: here in a
# module whose statements and expressions span several lines (displays, calls, except
# clauses, decorators, a condition in parentheses, a comprehension).
import os
import shutil
import sys
import tempfile
import trace

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdbsupport'))
import multiline

tracer = trace.Trace(count=1, trace=0)
print(tracer.runfunc(multiline.build, 1), tracer.runfunc(multiline.build, 5))
folder = tempfile.mkdtemp()
tracer.results().write_results(show_missing=True, coverdir=folder)
with open(os.path.join(folder, 'multiline.cover')) as f:
    print(f.read())
shutil.rmtree(folder)
