"""profile: the pure Python profiler (weft's own implementation on sys.setprofile).

As CPython's profile module: times each function with a sys.setprofile function, names built-ins
by their bare name (':0(len)' in reports), counts callers as plain call counts, and keeps its two
pseudo-functions ('profile:0(profiler)', the root, and 'profile:0(COMMAND)' for what run() ran).
Reports come from pstats; cProfile does the same with less overhead.
"""
import sys
import time

__all__ = ["run", "runctx", "Profile"]


class _Utils:
    """What run() and runctx() of profile and cProfile share: run, then print or save the stats."""

    def __init__(self, profiler):
        self.profiler = profiler

    def run(self, statement, filename, sort):
        prof = self.profiler()
        try:
            prof.run(statement)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def runctx(self, statement, globals, locals, filename, sort):
        prof = self.profiler()
        try:
            prof.runctx(statement, globals, locals)
        except SystemExit:
            pass
        finally:
            self._show(prof, filename, sort)

    def _show(self, prof, filename, sort):
        if filename is not None:
            prof.dump_stats(filename)
        else:
            prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Run statement under the profiler, then print (or with filename, save) its statistics."""
    return _Utils(Profile).run(statement, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), with the given globals and locals."""
    return _Utils(Profile).runctx(statement, globals, locals, filename, sort)


class _Call:
    """A call in progress: its function key, frame (None for built-ins and pseudo-functions),
    start time, time spent in its callees, and the call it came from."""
    __slots__ = ('fn', 'frame', 't0', 'sub', 'parent')

    def __init__(self, fn, frame, t0, parent):
        self.fn, self.frame, self.t0, self.sub, self.parent = fn, frame, t0, 0.0, parent


class Profile:
    """Profiler class: timings[fn] = [outermost calls, active calls, internal time, total time, callers]."""

    bias = 0  # per-event overhead to subtract; see calibrate()

    def __init__(self, timer=None, bias=None):
        self.timings = {}
        self.cur = None
        self.cmd = ""
        if bias is None:
            bias = self.bias
        self.bias = bias
        self.timer = self.get_time = timer if timer is not None else time.process_time
        self.simulate_call('profiler')

    # -- events -------------------------------------------------------------------------------

    def dispatcher(self, frame, event, arg):
        t = self.get_time() - self.bias
        if event == 'call':
            self._enter((frame.f_code.co_filename, frame.f_code.co_firstlineno, frame.f_code.co_name),
                        frame, t)
        elif event == 'return':
            # a return whose call came before profiling started ends nothing
            ctx = self.cur
            while ctx is not None and ctx.frame is not frame:
                ctx = ctx.parent
            if ctx is not None:
                while self.cur is not ctx:
                    self._leave(t)
                self._leave(t)
        elif event == 'c_call':
            self._enter(("", 0, getattr(arg, '__name__', '?')), None, t)
        elif self.cur is not None and self.cur.frame is None \
                and self.cur.fn == ("", 0, getattr(arg, '__name__', '?')):
            self._leave(t)  # c_return, c_exception

    def _enter(self, fn, frame, t):
        self.cur = _Call(fn, frame, t, self.cur)
        entry = self.timings.get(fn)
        if entry is None:
            self.timings[fn] = [0, 1, 0, 0, {}]
        else:
            entry[1] += 1

    def _leave(self, t):
        ctx = self.cur
        total = t - ctx.t0
        self.cur = ctx.parent
        if ctx.parent is not None:
            ctx.parent.sub += total
        entry = self.timings[ctx.fn]
        entry[1] -= 1
        if entry[1] == 0:
            # the outermost active call of this function: its time counts once
            entry[0] += 1
            entry[3] += total
        entry[2] += total - ctx.sub
        if ctx.parent is not None:
            callers = entry[4]
            callers[ctx.parent.fn] = callers.get(ctx.parent.fn, 0) + 1

    # -- pseudo-functions ---------------------------------------------------------------------

    def set_cmd(self, cmd):
        if self.cur is not None and self.cur.parent is not None:
            return  # already running a command
        self.cmd = cmd
        self.simulate_call(cmd)

    def simulate_call(self, name):
        self._enter(('profile', 0, name), None, self.get_time())

    def simulate_cmd_complete(self):
        # end every call still open but the root
        t = self.get_time()
        while self.cur is not None and self.cur.parent is not None:
            self._leave(t)

    # -- results ------------------------------------------------------------------------------

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.simulate_cmd_complete()
        self.snapshot_stats()

    def snapshot_stats(self):
        self.stats = {}
        for func, (cc, active, tt, ct, callers) in self.timings.items():
            callers = callers.copy()
            self.stats[func] = cc, sum(callers.values()), tt, ct, callers

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        self.set_cmd(cmd)
        sys.setprofile(self.dispatcher)
        try:
            exec(cmd, globals, locals)
        finally:
            sys.setprofile(None)
        return self

    def runcall(self, func, /, *args, **kw):
        self.set_cmd(repr(func))
        sys.setprofile(self.dispatcher)
        try:
            return func(*args, **kw)
        finally:
            sys.setprofile(None)

    def calibrate(self, m, verbose=0):
        """The time one profiler event costs, measured over m calls (to set as bias)."""
        if self.__class__ is not Profile:
            raise TypeError("Subclasses must override .calibrate().")
        saved_bias = self.bias
        self.bias = 0
        try:
            return self._calibrate_inner(m, verbose)
        finally:
            self.bias = saved_bias

    def _calibrate_inner(self, m, verbose):
        get_time = self.get_time

        def f1(n):
            for i in range(n):
                x = 1

        def f(m, f1=f1):
            for i in range(m):
                f1(100)

        f(m)    # warm up
        t0 = get_time()
        f(m)
        elapsed_noprofile = get_time() - t0
        p = Profile()
        t0 = get_time()
        p.runctx('f(m)', globals(), locals())
        elapsed_profile = get_time() - t0
        total_calls = 2 * m + 1     # f, f1 calls and the command
        mean = (elapsed_profile - elapsed_noprofile) / 2.0 / total_calls
        if verbose:
            print("mean stopwatch overhead per profile event =", mean)
        return mean


def main():
    """python -m profile [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."""
    import io
    import os
    import runpy
    import pstats
    import importlib.machinery
    from optparse import OptionParser
    usage = "profile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."
    parser = OptionParser(usage=usage)
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile",
                      help="Save stats to <outfile>", default=None)
    parser.add_option('-m', dest="module", action="store_true",
                      help="Profile a library module.", default=False)
    parser.add_option('-s', '--sort', dest="sort",
                      help="Sort order when printing to stdout, based on pstats.Stats class",
                      default=-1)
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    (options, args) = parser.parse_args()
    sys.argv[:] = args
    if options.outfile is not None:
        options.outfile = os.path.abspath(options.outfile)
    if len(args) > 0:
        if options.module:
            code = "run_module(modname, run_name='__main__')"
            globs = {'run_module': runpy.run_module, 'modname': args[0]}
        else:
            progname = args[0]
            sys.path.insert(0, os.path.dirname(progname))
            with io.open_code(progname) as fp:
                code = compile(fp.read(), progname, 'exec')
            spec = importlib.machinery.ModuleSpec(name='__main__', loader=None, origin=progname)
            globs = {'__spec__': spec, '__file__': spec.origin, '__name__': spec.name,
                     '__package__': None, '__cached__': None}
        try:
            runctx(code, globs, None, options.outfile, options.sort)
        except BrokenPipeError as exc:
            sys.stdout = None
            sys.exit(exc.errno)
    else:
        parser.print_usage()
    return parser


if __name__ == '__main__':
    main()
