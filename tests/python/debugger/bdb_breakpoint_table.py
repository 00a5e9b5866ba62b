# bdb's breakpoint bookkeeping, which needs no tracing: Bdb.set_break/get_*/clear_*, the
# Breakpoint class's tables (shared by every Bdb), bpformat, and the errors as strings.
import bdb
import io

from pdbsupport import load

ns = load('table', '''\
def f(x):
    y = x + 1

    return y
''')

b = bdb.Bdb()
print(b.set_break('<table>', 2), b.set_break('<table>', 2, cond='x > 1'),
      b.set_break('<table>', 4, temporary=True), b.set_break('<table>', 1, funcname='f'))
print(b.set_break('<table>', 3), b.set_break('<table>', 9), b.set_break('<nofile>', 1))
print(b.get_all_breaks(), b.get_file_breaks('<table>'), b.get_file_breaks('<nofile>'))
print(b.get_break('<table>', 2), b.get_break('<table>', 5), b.get_breaks('<table>', 5))
print([str(bp) for bp in b.get_breaks('<table>', 2)])
print(bdb.Breakpoint.next, sorted(bdb.Breakpoint.bplist), len(bdb.Breakpoint.bpbynumber))
for bp in bdb.Breakpoint.bpbynumber[1:]:
    print(bp.number, bp.file, bp.line, bp.temporary, bp.cond, bp.funcname, bp.enabled,
          bp.ignore, bp.hits)
    print(bp.bpformat())
bp = b.get_bpbynumber('2')
bp.disable()
bp.ignore = 1
bp.hits = 1
out = io.StringIO()
bp.bpprint(out)
print(out.getvalue(), end='')
bp.ignore, bp.hits = 0, 3
bp.enable()
bp.bpprint()
print(bdb.Bdb().get_all_breaks())        # a new Bdb picks up the breakpoints already set
print(b.clear_bpbynumber(1), b.get_all_breaks(), b.clear_bpbynumber(1), b.clear_bpbynumber('x'))
print(b.clear_break('<table>', 2), b.clear_break('<table>', 2), b.clear_break('<other>', 2))
print(b.get_all_breaks(), b.clear_all_file_breaks('<table>'), b.get_all_breaks())
print(b.clear_all_file_breaks('<table>'), b.clear_all_breaks())
b.set_break('<table>', 4)
print(b.clear_all_breaks(), b.get_all_breaks(), [bp for bp in bdb.Breakpoint.bpbynumber])
for arg in ['', None, 0, 'x', '1', 99, '-1']:
    try:
        print(b.get_bpbynumber(arg))
    except ValueError as e:
        print('ValueError', e)
bdb.Breakpoint.clearBreakpoints()
print(bdb.Breakpoint.next, bdb.Breakpoint.bplist, bdb.Breakpoint.bpbynumber)
print(b.canonic('<x>'), b.canonic('<x').endswith('<x'), b.canonic('a/../b.py') == b.canonic('b.py'))
print(b.canonic('b.py').endswith('b.py'), b.canonic('b.py') == b.canonic('./b.py'))
