"""cProfile: a deterministic profiler (weft's own implementation on sys.setprofile).

CPython's cProfile is the C module _lsprof; here the same bookkeeping is done in Python by a
sys.setprofile function: each function's call count, recursive calls, internal time (tottime) and
time including callees (cumtime), and the same figures per caller, read with pstats. Built-in
functions and methods are named as _lsprof names them ('<built-in method builtins.len>',
"<method 'append' of 'list' objects>"). Times include the profiler's own overhead, which is larger
than _lsprof's.
"""
import sys
import time

__all__ = ["run", "runctx", "Profile"]


class _Entry:
    """One function's figures (CPython: ProfilerEntry); subs holds its callees' figures for calls from it."""
    __slots__ = ('code', 'callcount', 'reccallcount', 'tt', 'it', 'level', 'subs')

    def __init__(self, code):
        self.code = code
        self.callcount = self.reccallcount = 0
        self.tt = self.it = 0.0
        self.level = 0
        self.subs = {}


class _Sub:
    """Figures of one callee for calls from one caller (CPython: ProfilerSubEntry)."""
    __slots__ = ('code', 'callcount', 'reccallcount', 'tt', 'it', 'level')

    def __init__(self, code):
        self.code = code
        self.callcount = self.reccallcount = 0
        self.tt = self.it = 0.0
        self.level = 0


class _Context:
    """A call in progress (CPython: ProfilerContext): its entry, start time and callees' time."""
    __slots__ = ('entry', 't0', 'subt', 'previous')

    def __init__(self, entry, t0, previous):
        self.entry, self.t0, self.subt, self.previous = entry, t0, 0.0, previous


class profiler_entry(tuple):
    """getstats() item: (code, callcount, reccallcount, totaltime, inlinetime, calls)."""
    __slots__ = ()
    code = property(lambda self: self[0])
    callcount = property(lambda self: self[1])
    reccallcount = property(lambda self: self[2])
    totaltime = property(lambda self: self[3])
    inlinetime = property(lambda self: self[4])
    calls = property(lambda self: self[5])


class profiler_subentry(tuple):
    """An item of profiler_entry.calls: (code, callcount, reccallcount, totaltime, inlinetime)."""
    __slots__ = ()
    code = property(lambda self: self[0])
    callcount = property(lambda self: self[1])
    reccallcount = property(lambda self: self[2])
    totaltime = property(lambda self: self[3])
    inlinetime = property(lambda self: self[4])


def _builtin_name(fn):
    """What _lsprof calls a built-in (CPython: normalizeUserObj in _lsprof.c)."""
    name = getattr(fn, '__name__', '?')
    owner = getattr(fn, '__self__', None)
    if owner is not None and type(owner).__name__ != 'module':
        for klass in type(owner).__mro__:
            found = klass.__dict__.get(name)
            if found is not None:
                return repr(found)
    module = getattr(fn, '__module__', None)
    if isinstance(module, str):
        return '<built-in method %s.%s>' % (module, name)
    return '<built-in method %s>' % name


_DISABLE = "<method 'disable' of '_lsprof.Profiler' objects>"


class _Profiler:
    """The engine: the bookkeeping of _lsprof.Profiler, driven by sys.setprofile events."""

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer if timer is not None else time.perf_counter
        self._timeunit = timeunit if timer is not None and timeunit else 1.0
        self._subcalls = subcalls
        self._builtins = builtins
        self._entries = {}      # code object or built-in's name -> _Entry
        self._current = None    # innermost _Context
        self._names = {}        # (type of __self__, name, module) -> built-in's name, computed once

    def _time(self):
        t = self._timer()
        return t * self._timeunit if self._timeunit != 1.0 else t

    def enable(self, subcalls=True, builtins=True):
        """Start collecting profiling information."""
        self._subcalls = subcalls
        self._builtins = builtins
        sys.setprofile(self._dispatch)

    def disable(self):
        """Stop collecting profiling information."""
        sys.setprofile(None)
        self._flush()

    def clear(self):
        """Clear all profiling information collected so far."""
        self._entries = {}
        self._current = None

    # -- events -------------------------------------------------------------------------------

    def _dispatch(self, frame, event, arg):
        t = self._time()
        if event == 'call':
            code = frame.f_code
            if code is _DISABLE_CODE:
                # Profile.disable() is C in CPython: counted as its built-in call, which never returns
                self._start(_DISABLE, t)
            else:
                self._start(code, t)
        elif event == 'return':
            self._stop(frame.f_code, t)
        elif self._builtins and frame.f_code is not _DISABLE_CODE:
            # (disable()'s own sys.setprofile(None) is not a call of the profiled program)
            if event == 'c_call':
                self._start(self._c_key(arg), t)
            else:   # c_return, c_exception
                self._stop(self._c_key(arg), t)

    def _c_key(self, fn):
        owner = getattr(fn, '__self__', None)
        cache_key = (type(owner), getattr(fn, '__name__', None), getattr(fn, '__module__', None))
        name = self._names.get(cache_key)
        if name is None:
            name = self._names[cache_key] = _builtin_name(fn)
        return name

    def _start(self, key, t):
        entry = self._entries.get(key)
        if entry is None:
            entry = self._entries[key] = _Entry(key)
        ctx = _Context(entry, t, self._current)
        entry.level += 1
        if self._subcalls and ctx.previous is not None:
            caller = ctx.previous.entry
            sub = caller.subs.get(key)
            if sub is None:
                sub = caller.subs[key] = _Sub(key)
            sub.level += 1
        self._current = ctx

    def _stop(self, key, t):
        # As _lsprof: a return ends the innermost call if the function was ever entered
        # (a return whose call came before enable() is dropped).
        if key not in self._entries or self._current is None:
            return
        self._end(self._current, t)

    def _end(self, ctx, t):
        entry = ctx.entry
        tt = t - ctx.t0
        it = tt - ctx.subt
        previous = ctx.previous
        if previous is not None:
            previous.subt += tt
        self._current = previous
        entry.level -= 1
        if entry.level == 0:
            entry.tt += tt
        else:
            entry.reccallcount += 1
        entry.it += it
        entry.callcount += 1
        if self._subcalls and previous is not None:
            sub = previous.entry.subs.get(entry.code)
            if sub is None:
                sub = previous.entry.subs[entry.code] = _Sub(entry.code)
            sub.level -= 1
            if sub.level == 0:
                sub.tt += tt
            else:
                sub.reccallcount += 1
            sub.it += it
            sub.callcount += 1

    def _flush(self):
        # calls still open when profiling stops end now (CPython: flush_unmatched)
        t = self._time()
        while self._current is not None:
            self._end(self._current, t)

    def getstats(self):
        """list of profiler_entry objects, one per function seen (see profiler_entry)."""
        out = []
        for entry in self._entries.values():
            calls = [profiler_subentry((s.code, s.callcount, s.reccallcount, s.tt, s.it))
                     for s in entry.subs.values()] if self._subcalls else None
            out.append(profiler_entry((entry.code, entry.callcount, entry.reccallcount,
                                       entry.tt, entry.it, calls)))
        return out


class Profile(_Profiler):
    """Profile(timer=None, timeunit=0.0, subcalls=True, builtins=True)

    Builds a profiler object using the specified timer function. The default timer is a fast
    built-in one based on real time."""

    def print_stats(self, sort=-1):
        import pstats
        pstats.Stats(self).strip_dirs().sort_stats(sort).print_stats()

    def dump_stats(self, file):
        import marshal
        with open(file, 'wb') as f:
            self.create_stats()
            marshal.dump(self.stats, f)

    def create_stats(self):
        self.disable()
        self.snapshot_stats()

    def snapshot_stats(self):
        entries = self.getstats()
        self.stats = {}
        callersdicts = {}
        for entry in entries:
            func = label(entry.code)
            nc = entry.callcount
            cc = nc - entry.reccallcount
            callers = {}
            callersdicts[id(entry.code)] = callers
            self.stats[func] = cc, nc, entry.inlinetime, entry.totaltime, callers
        for entry in entries:
            if entry.calls:
                func = label(entry.code)
                for sub in entry.calls:
                    callers = callersdicts.get(id(sub.code))
                    if callers is None:
                        continue
                    nc = sub.callcount
                    cc = nc - sub.reccallcount
                    tt = sub.inlinetime
                    ct = sub.totaltime
                    if func in callers:
                        prev = callers[func]
                        nc += prev[0]
                        cc += prev[1]
                        tt += prev[2]
                        ct += prev[3]
                    callers[func] = nc, cc, tt, ct

    def run(self, cmd):
        import __main__
        dict = __main__.__dict__
        return self.runctx(cmd, dict, dict)

    def runctx(self, cmd, globals, locals):
        self.enable()
        try:
            exec(cmd, globals, locals)
        finally:
            self.disable()
        return self

    def runcall(self, func, /, *args, **kw):
        self.enable()
        try:
            return func(*args, **kw)
        finally:
            self.disable()

    def __enter__(self):
        self.enable()
        return self

    def __exit__(self, *exc_info):
        self.disable()


_DISABLE_CODE = _Profiler.disable.__code__


def label(code):
    if isinstance(code, str):
        return ('~', 0, code)    # built-in functions ('~' sorts at the end)
    return (code.co_filename, code.co_firstlineno, code.co_name)


def _show(prof, filename, sort):
    if filename is not None:
        prof.dump_stats(filename)
    else:
        prof.print_stats(sort)


def run(statement, filename=None, sort=-1):
    """Run statement under the profiler, then print (or with filename, save) its statistics."""
    prof = Profile()
    try:
        prof.run(statement)
    except SystemExit:
        pass
    finally:
        _show(prof, filename, sort)


def runctx(statement, globals, locals, filename=None, sort=-1):
    """As run(), with the given globals and locals."""
    prof = Profile()
    try:
        prof.runctx(statement, globals, locals)
    except SystemExit:
        pass
    finally:
        _show(prof, filename, sort)


def main():
    """python -m cProfile [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."""
    import io
    import os
    import runpy
    import pstats
    import importlib.machinery
    from optparse import OptionParser
    usage = "cProfile.py [-o output_file_path] [-s sort] [-m module | scriptfile] [arg] ..."
    parser = OptionParser(usage=usage)
    parser.allow_interspersed_args = False
    parser.add_option('-o', '--outfile', dest="outfile",
                      help="Save stats to <outfile>", default=None)
    parser.add_option('-s', '--sort', dest="sort",
                      help="Sort order when printing to stdout, based on pstats.Stats class",
                      default=2, choices=sorted(pstats.Stats.sort_arg_dict_default))
    parser.add_option('-m', dest="module", action="store_true",
                      help="Profile a library module", default=False)
    if not sys.argv[1:]:
        parser.print_usage()
        sys.exit(2)
    (options, args) = parser.parse_args()
    sys.argv[:] = args
    # the program may chdir: the output path is taken now
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
