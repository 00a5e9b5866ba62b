# `python -m trace` (trace.main) on a script: --trace, --count with --missing into a cover
# folder, counts accumulated in a file and reported from it, and the command-line errors.
# (Nothing here prints a path: a filter on sys.stdout, written in Python, would be traced.)
import os
import shutil
import sys
import tempfile
import trace

from pdbsupport import run_main

SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'pdbsupport', 'mainprog.py')

run_main(trace.main, ['trace', '--trace', SCRIPT], "", filtered=False)
folder = tempfile.mkdtemp()
run_main(trace.main, ['trace', '--count', '--missing', '-C', folder, SCRIPT, 'x', 'y'], "",
         filtered=False)

# Counts kept in a file over two runs (-f; the file is written with the report), then
# reported from it (-r).
counts = os.path.join(folder, 'counts.pickle')
for args in (['x', 'y'], ['x', 'y', 'z']):
    run_main(trace.main, ['trace', '--count', '-f', counts, '-C', folder, SCRIPT] + args, "",
             filtered=False)
os.mkdir(os.path.join(folder, 'report'))
run_main(trace.main, ['trace', '--report', '-f', counts, '-m', '-C', os.path.join(folder, 'report')],
         "", filtered=False)
for name in sorted(os.listdir(folder)):
    if name.endswith('.cover'):
        print('==', name)
        with open(os.path.join(folder, name)) as f:
            print(f.read())
for name in sorted(os.listdir(os.path.join(folder, 'report'))):
    print('== report', name)
    with open(os.path.join(folder, 'report', name)) as f:
        print(f.read())
shutil.rmtree(folder)
sys.stderr = sys.stdout     # argparse reports its errors there
try:
    run_main(trace.main, ['trace', SCRIPT], "")
    run_main(trace.main, ['trace', '-l', '-t', SCRIPT], "")
    run_main(trace.main, ['trace', '-t'], "")
    run_main(trace.main, ['trace', '-s', '-t', SCRIPT], "")
    run_main(trace.main, ['trace', '-r'], "")
finally:
    sys.stderr = sys.__stderr__
