# bdb.Bdb subclasses that print the events they are given (user_call, user_line, user_return,
# user_exception) while stepping, nexting, returning, continuing to breakpoints and skipping
# modules; and Bdb's breakpoint bookkeeping.
import bdb

from pdbsupport import load

SRC = '''\
def g(x):
    if x:
        raise KeyError(x)
    return 7

def f():
    try:
        g(1)
    except KeyError:
        pass
    v = g(0)
    return v

def gen():
    yield 1
    yield 2

def h():
    for a in gen():
        pass
    return f()
'''
ns = load('ev', SRC)


class Recorder(bdb.Bdb):
    def user_call(self, frame, args):
        print('call', frame.f_code.co_name, frame.f_lineno)

    def user_line(self, frame):
        print('line', frame.f_code.co_name, frame.f_lineno,
              self.format_stack_entry((frame, frame.f_lineno)))

    def user_return(self, frame, value):
        print('return', frame.f_code.co_name, frame.f_lineno, repr(value))

    def user_exception(self, frame, exc):
        print('exception', frame.f_code.co_name, frame.f_lineno, exc[0].__name__, exc[1])


print('result', Recorder().runcall(ns['h']))
print('eval', Recorder().runeval('g(0) + 1', ns))
Recorder().run('v = g(0) * 2', ns)
print('run', ns['v'])


class Stepper(Recorder):
    """Answers each stop with the next action of its plan (then 'continue')."""

    def __init__(self, plan, skip=None):
        super().__init__(skip=skip)
        self.plan = list(plan)

    def do_clear(self, arg):
        print('  clearing temporary breakpoint', arg)
        self.clear_bpbynumber(arg)

    def user_line(self, frame):
        Recorder.user_line(self, frame)
        self.act(frame)

    def user_return(self, frame, value):
        Recorder.user_return(self, frame, value)
        self.act(frame)

    def act(self, frame):
        what = self.plan.pop(0) if self.plan else 'continue'
        print('  ->', what)
        if what == 'next':
            self.set_next(frame)
        elif what == 'step':
            self.set_step()
        elif what == 'return':
            self.set_return(frame)
        elif what == 'until':
            self.set_until(frame)
        elif what == 'quit':
            self.set_quit()
        else:
            self.set_continue()


print('result', Stepper(['step', 'next', 'step', 'return', 'step', 'step', 'next', 'next',
                         'until', 'until', 'return', 'return']).runcall(ns['h']))
print('result', Stepper(['next', 'next', 'quit']).runcall(ns['h']))
print('result', Stepper(['step'] * 30, skip=['e*']).runcall(ns['h']))

bdb.Breakpoint.clearBreakpoints()
s = Stepper(['continue'])
print(s.set_break('<ev>', 11), s.set_break('<ev>', 99), s.set_break('<ev>', 3, cond='x == 5'))
print(s.set_break('<ev>', 4, temporary=True), s.set_break('<ev>', 2, funcname='g'))
print(s.get_all_breaks(), [str(b) for b in s.get_breaks('<ev>', 11)], s.get_file_breaks('<ev>'))
print(s.get_break('<ev>', 11), s.get_break('<ev>', 12), s.get_breaks('<ev>', 12))
print('result', s.runcall(ns['h']))
for number in range(1, 5):
    bp = bdb.Breakpoint.bpbynumber[number]
    print(number, bp.bpformat() if bp else None)
bp = s.get_bpbynumber(1)
bp.bpprint()
bp.disable()
bp.ignore = 2
bp.bpprint()
bp.enable()
print(s.clear_break('<ev>', 11), s.clear_break('<ev>', 11), s.clear_bpbynumber('7'))
print(s.clear_all_file_breaks('<ev>'), s.clear_all_breaks(), s.clear_all_file_breaks('<ev>'))
for b in ['', 'x', '1', '2', '9']:
    try:
        s.get_bpbynumber(b)
    except ValueError as e:
        print('ValueError', e)
print(s.canonic('<x>'), s.canonic('a/../b.py').endswith('b.py'))
try:
    bdb.Bdb().do_clear('1')
except NotImplementedError as e:
    print('NotImplementedError', e)
print(issubclass(bdb.BdbQuit, Exception), bdb.__all__)
