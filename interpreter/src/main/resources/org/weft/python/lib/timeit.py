"""Time small pieces of code: Timer, timeit, repeat and default_timer.

Statements may be strings (compiled once into a function body that loops `number` times, as
CPython does) or callables.
"""

import gc
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_globals = globals

# CPython: the template in Lib/timeit.py's documentation: setup once, then the loop.
_TEMPLATE = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def _reindent(src, indent):
    return src.replace("\n", "\n" + " " * indent)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = _globals() if globals is None else globals
        init = ''
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")
            setup = _reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmt, dummy_src_name, "exec")
            stmt = _reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _TEMPLATE.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        code = compile(src, dummy_src_name, "exec")
        exec(code, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        """Time `number` executions of the statement; returns seconds as a float."""
        it = [None] * number if number <= 100000 else range(number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            timing = self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()
        return timing

    def repeat(self, repeat=default_repeat, number=default_number):
        """Call timeit() `repeat` times; returns the list of results."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """Find a number of loops (1, 2, 5, 10, 20, 50, ...) taking at least 0.2 s."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_USAGE = """\
Usage: python -m timeit [-n N] [-r N] [-u UNIT] [-s S] [-p] [-v] [-h] [--] [statement ...]

Times the statement(s) (joined by newlines; default: pass), after the setup, and prints how long
one execution took in the best of the repeats.

Options:
  -n/--number N     executions per repeat (default: the first of 1, 2, 5, 10, 20, ... that
                    takes at least 0.2 seconds)
  -r/--repeat N     how many repeats (default 5)
  -s/--setup S      a statement run once before each repeat (may be given several times)
  -p/--process      measure process time (time.process_time) instead of wall time
  -u/--unit U       nsec, usec, msec or sec for the result (default: whichever fits)
  -v/--verbose      print each raw time too (twice: more digits)
  -h/--help         this text
"""

_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line (python -m timeit): returns the exit status. Its output follows CPython's."""
    import getopt
    import os
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:tcpvh",
                                   ["number=", "setup=", "repeat=", "time", "clock", "process",
                                    "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    stmt = "\n".join(args) or "pass"
    number = 0  # chosen by autorange
    setup = []
    repeat = default_repeat
    verbose = 0
    time_unit = None
    precision = 3
    for o, a in opts:
        if o in ("-n", "--number"):
            number = int(a)
        if o in ("-s", "--setup"):
            setup.append(a)
        if o in ("-u", "--unit"):
            if a in _UNITS:
                time_unit = a
            else:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
        if o in ("-r", "--repeat"):
            repeat = max(int(a), 1)
        if o in ("-p", "--process"):
            timer = time.process_time
        if o in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        if o in ("-h", "--help"):
            print(_USAGE, end="")
            return 0
    setup = "\n".join(setup) or "pass"
    # the statement may import modules of the current directory, as the script's would
    sys.path.insert(0, os.curdir)
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        callback = None
        if verbose:
            def callback(number, time_taken):
                print("{num} loop{s} -> {secs:.{prec}g} secs".format(
                    num=number, s="s" if number != 1 else "", secs=time_taken, prec=precision))
        try:
            number, _ = t.autorange(callback)
        except Exception:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw_timings = t.repeat(repeat, number)
    except Exception:
        t.print_exc()
        return 1

    def format_time(dt):
        unit = time_unit
        if unit is not None:
            scale = _UNITS[unit]
        else:
            # the largest unit the time reaches (nsec for anything smaller)
            for unit, scale in sorted(_UNITS.items(), key=lambda kv: kv[1], reverse=True):
                if dt >= scale:
                    break
        return "%.*g %s" % (precision, dt / scale, unit)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw_timings)))
        print()
    timings = [dt / number for dt in raw_timings]
    best = min(timings)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", repeat, format_time(best)))
    worst = max(timings)
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was more than "
                               "four times slower than the best time (%s)." % (format_time(worst), format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
