"""Helpers of the debugger goldens: a Pdb driven by scripted commands, whose output loses what
differs between machines and Pythons: the folder of the program, and the stack entries of
bdb's own run()/runcall() and trace's runfunc()."""
import bdb
import io
import linecache
import os
import re
import sys

import pdb

_BDB_ENTRY = re.compile(r'\S*bdb\.py\(\d+\)(\w+)\(\)')
_TRACE_FILE = re.compile(r'\S*[/\\]trace\.py')
HERE = os.path.dirname(os.path.abspath(sys.modules['__main__'].__file__)) + os.sep


class FilteredStdout:
    """Writes to target (default: sys.stdout now) line by line, the program's folder left out
    of paths; bdb.py's frame becomes '<bdb>.name()', without its source line."""

    def __init__(self, target=None):
        self.target = sys.stdout if target is None else target
        self.pending = ''
        self.skip_source = False
        self.restarts = 0

    def write(self, text):
        self.pending += text
        while '\n' in self.pending:
            line, self.pending = self.pending.split('\n', 1)
            self._line(line)
        return len(text)

    def _line(self, line):
        if self.skip_source and line.startswith('-> '):
            self.skip_source = False
            return
        self.skip_source = False
        if line == 'The program finished and will be restarted':
            self.restarts += 1
        if self.restarts > 5:
            # A debugger that never stops would restart the program forever: end it with
            # errors, also out of the handlers in pdb.main that print something.
            raise SystemExit('restarted too often')
        line = _TRACE_FILE.sub('trace.py', line.replace(HERE, ''))
        if _BDB_ENTRY.search(line):
            line = _BDB_ENTRY.sub(r'<bdb>.\1()', line)
            self.skip_source = True
        self.target.write(line + '\n')

    def flush(self):
        if self.pending:
            self.target.write(self.pending)
            self.pending = ''
        self.target.flush()


def debugger(commands):
    """A Pdb that reads commands (one per line) and prints to sys.stdout, filtered; breakpoints
    of earlier sessions are gone (they would stay, on the Breakpoint class)."""
    bdb.Breakpoint.clearBreakpoints()
    print('=====', repr(commands))
    return pdb.Pdb(stdin=io.StringIO(commands), stdout=FilteredStdout(), nosigint=True,
                   readrc=False)


def load(name, source):
    """Run source as a module named name whose file is '<name>' (linecache knows its lines)."""
    filename = '<%s>' % name
    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    namespace = {'__name__': name}
    exec(compile(source, filename, 'exec'), namespace)
    return namespace


def run_main(main, argv, commands, filtered=True):
    """Call main() (pdb's or trace's) as `python -m` would, with sys.argv = argv and sys.stdin
    holding the commands; __main__'s namespace, sys.argv and sys.path are put back after.
    filtered=False leaves sys.stdout alone (a Python-level filter would be traced itself)."""
    import __main__
    saved_main = dict(__main__.__dict__)
    saved = sys.argv[:], sys.path[:], sys.stdin, sys.stdout
    sys.argv[:] = argv
    sys.stdin = io.StringIO(commands)
    if filtered:
        sys.stdout = FilteredStdout(saved[3])
    try:
        main()
    except SystemExit as e:
        print('SystemExit', e.code)
    finally:
        sys.stdout.flush()
        sys.argv[:], sys.path[:], sys.stdin, sys.stdout = saved
        __main__.__dict__.clear()
        __main__.__dict__.update(saved_main)
