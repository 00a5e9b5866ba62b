"""IPython's timing magics, ``%time`` and ``%timeit``, with IPython 8's output, word for word.

One difference, the reason Weft has its own: the CPU times of ``%time`` are the sum over every
thread of the process (the threads a cell starts included, also those that ended during it), so
a cell whose threads really run in parallel shows more CPU time than wall time.
Compare IPython.core.magics.execution (ExecutionMagics.time, ExecutionMagics.timeit, TimeitResult,
_format_time).
"""

import gc
import itertools
import math
import sys
import time

import _weft_threads
from IPython.core.error import UsageError


def _shell():
    from _weft_shell import get_ipython
    return get_ipython()


# ---- IPython's formats ------------------------------------------------------------------------------

def _format_time(timespan, precision=3):
    """Formats the timespan in a human readable form (IPython's _format_time)."""
    if timespan >= 60.0:
        parts = [("d", 60 * 60 * 24), ("h", 60 * 60), ("min", 60), ("s", 1)]
        time_parts = []
        leftover = timespan
        for suffix, length in parts:
            value = int(leftover / length)
            if value > 0:
                leftover = leftover % length
                time_parts.append("%s%s" % (str(value), suffix))
            if leftover < 1:
                break
        return " ".join(time_parts)
    units = ["s", "ms", "us", "ns"]
    if getattr(sys.stdout, "encoding", None):
        try:
            "\xb5".encode(sys.stdout.encoding)
            units = ["s", "ms", "\xb5s", "ns"]
        except Exception:
            pass
    scaling = [1, 1e3, 1e6, 1e9]
    if timespan > 0.0:
        order = min(-int(math.floor(math.log10(timespan)) // 3), 3)
    else:
        order = 3
    return "%.*g %s" % (precision, timespan * scaling[order], units[order])


class TimeitResult(object):
    """
    Object returned by the timeit magic with info about the run.

    Contains the following attributes :

    loops: (int) number of loops done per measurement
    repeat: (int) number of times the measurement has been repeated
    best: (float) best execution time / number
    all_runs: (list of float) execution time of each run (in s)
    compile_time: (float) time of statement compilation (s)

    """

    def __init__(self, loops, repeat, best, worst, all_runs, compile_time, precision):
        self.loops = loops
        self.repeat = repeat
        self.best = best
        self.worst = worst
        self.all_runs = all_runs
        self.compile_time = compile_time
        self._precision = precision
        self.timings = [dt / self.loops for dt in all_runs]

    @property
    def average(self):
        return math.fsum(self.timings) / len(self.timings)

    @property
    def stdev(self):
        mean = self.average
        return (math.fsum([(x - mean) ** 2 for x in self.timings]) / len(self.timings)) ** 0.5

    def __str__(self):
        pm = "+-"
        if getattr(sys.stdout, "encoding", None):
            try:
                "\xb1".encode(sys.stdout.encoding)
                pm = "\xb1"
            except Exception:
                pass
        return ("{mean} {pm} {std} per loop (mean {pm} std. dev. of {runs} run{run_plural}, "
                "{loops:,} loop{loop_plural} each)").format(
            pm=pm,
            runs=self.repeat,
            loops=self.loops,
            loop_plural="" if self.loops == 1 else "s",
            run_plural="" if self.repeat == 1 else "s",
            mean=_format_time(self.average, self._precision),
            std=_format_time(self.stdev, self._precision),
        )

    def _repr_pretty_(self, p, cycle):
        p.text("<TimeitResult : " + self.__str__() + ">")

    def __repr__(self):
        return "<TimeitResult : " + self.__str__() + ">"


# ---- %time ------------------------------------------------------------------------------------------

def _cpu_split(st, end):
    """(user, sys) CPU seconds between two ``_weft_threads.cpu_times()``: the precise total over
    every thread, split as the process's user and system clock ticks split (IPython's clock2 reads
    both from getrusage; the JVM gives per-thread totals precisely, their user part only in ticks)."""
    total = max(0.0, end[0] - st[0])
    du, ds = end[1] - st[1], end[2] - st[2]
    if st[1] < 0 or end[1] < 0 or du + ds <= 0:
        return total, 0.0
    sys_part = total * ds / (du + ds)
    return total - sys_part, sys_part


def _split_last_expression(source):
    """(statements, expression) when the code ends with an expression statement, else (source, None).

    IPython splits with the ast module; this finds the last top-level line from which the rest
    compiles as an expression while what comes before compiles as statements."""
    lines = source.rstrip().split("\n")
    for k in range(len(lines) - 1, 0, -1):
        first = lines[k]
        if not first or first[0] in " \t#":
            continue
        head, tail = "\n".join(lines[:k]), "\n".join(lines[k:])
        try:
            compile(tail, "<timed eval>", "eval")
            compile(head, "<timed exec>", "exec")
        except SyntaxError:
            continue
        return head, tail
    return source, None


def _time(line, cell=None):
    if line and cell:
        raise UsageError("Can't use statement directly after '%%time'!")
    shell = _shell()
    # As IPython: the timed code may use IPython's syntax itself (%magics, !cmd).
    source = shell.transform_cell(cell if cell else line)
    glob = shell.user_ns
    t0 = time.perf_counter()
    try:
        code = compile(source, "<timed eval>", "eval")
        mode, last = "eval", None
    except SyntaxError:
        mode = "exec"
        statements, last = _split_last_expression(source) if cell else (source, None)
        code = compile(statements, "<timed exec>", "exec")
    tc = time.perf_counter() - t0
    st = _weft_threads.cpu_times()
    wall_st = time.time()
    try:
        if mode == "eval":
            out = eval(code, glob)
        else:
            exec(code, glob)
            out = None
            if last is not None:
                out = eval(compile(last, "<timed exec>", "eval"), glob)
    except BaseException as e:
        # As IPython: the traceback (from the user's code, not this function) is shown, the times
        # are not, and the magic returns None.
        tb = e.__traceback__
        if tb is not None and tb.tb_next is not None:
            e = e.with_traceback(tb.tb_next)
        shell.showtraceback((type(e), e, e.__traceback__))
        return None
    wall_time = time.time() - wall_st
    end = _weft_threads.cpu_times()
    cpu_user, cpu_sys = _cpu_split(st, end)
    cpu_tot = cpu_user + cpu_sys
    print(f"CPU times: user {_format_time(cpu_user)}, sys: {_format_time(cpu_sys)}, "
          f"total: {_format_time(cpu_tot)}")
    print(f"Wall time: {_format_time(wall_time)}")
    if tc > 0.1:
        print(f"Compiler : {_format_time(tc)}")
    return out


def line_time(line):
    """Time execution of a Python statement or expression.

    The CPU and wall clock times are printed, and the value of the
    expression (if any) is returned.

    This function can be used both as a line and cell magic:

    - In line mode you can time a single-line statement (though multiple
      ones can be chained with using semicolons).

    - In cell mode, you can time the cell body (a directly
      following statement raises an error).

    In Weft the CPU times are the sum over every thread of the process,
    so a cell whose threads run in parallel reports more CPU time than
    wall time (IPython reports the same, from the operating system).

    Examples
    --------
    ::

      In [1]: %time sum(range(10**6))
      CPU times: user 31.2 ms, sys: 1.05 ms, total: 32.3 ms
      Wall time: 32.4 ms
      Out[1]: 499999500000
    """
    return _time(line)


def cell_time(line, cell):
    """Time execution of a Python cell (see %time?)."""
    return _time(line, cell)


# ---- %timeit ----------------------------------------------------------------------------------------

class _Options(dict):
    """getopt's result as IPython's parse_options gives it: opts.n, 'q' in opts."""

    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None


def _parse_options(line, spec):
    """Leading options of ``line`` in getopt's short form (``-n5``, ``-n 5``, ``-qo``) and the rest,
    unchanged, as IPython's parse_options(posix=False, strict=False, preserve_non_opts=True)."""
    opts = _Options()
    rest = line.lstrip()
    while rest.startswith("-") and len(rest) > 1 and not rest[1].isspace():
        if rest.startswith("--") and (len(rest) == 2 or rest[2].isspace()):
            rest = rest[2:].lstrip()
            break
        token, _, after = rest.partition(" ")
        i = 1
        while i < len(token):
            c = token[i]
            at = spec.find(c)
            if at < 0 or c == ":":
                raise UsageError('option -%s not recognized ( allowed: "%s" )' % (c, spec))
            if at + 1 < len(spec) and spec[at + 1] == ":":
                value = token[i + 1:]
                if not value:
                    value, _, after = after.lstrip().partition(" ")
                    if not value:
                        raise UsageError('option -%s requires argument ( allowed: "%s" )' % (c, spec))
                opts[c] = value
                break
            opts[c] = ""
            i += 1
        rest = after.lstrip()
    return opts, rest


def _indent(source, prefix):
    lines = source.split("\n")
    if not any(l.strip() and not l.strip().startswith("#") for l in lines):
        lines = ["pass"]
    return "\n".join(prefix + l for l in lines)


class _Timer:
    """timeit.Timer's timeit(), on a compiled inner function (IPython's Timer)."""

    def __init__(self, inner, timer):
        self.inner = inner
        self.timer = timer

    def timeit(self, number):
        it = itertools.repeat(None, number)
        gcold = gc.isenabled()
        gc.disable()
        try:
            return self.inner(it, self.timer)
        finally:
            if gcold:
                gc.enable()

    def repeat(self, repeat, number):
        return [self.timeit(number) for _ in range(repeat)]


def _timeit(line, cell=None):
    opts, stmt = _parse_options(line, "n:r:tcp:qo")
    if stmt == "" and cell is None:
        return None
    timefunc = time.perf_counter
    number = int(getattr(opts, "n", 0))
    repeat = int(getattr(opts, "r", 7))
    precision = int(getattr(opts, "p", 3))
    quiet = "q" in opts
    return_result = "o" in opts
    if hasattr(opts, "t"):
        timefunc = time.time
    if hasattr(opts, "c"):
        timefunc = time.process_time
    setup, body = ("pass", stmt) if cell is None else (stmt or "pass", cell)
    # Errors name the user's code, not the timing function around it (IPython issue 10636).
    compile(setup, "<magic-timeit-setup>", "exec")
    compile(body, "<magic-timeit-stmt>", "exec")
    source = ("def inner(_it, _timer):\n" + _indent(setup, "    ") + "\n"
              "    _t0 = _timer()\n"
              "    for _i in _it:\n" + _indent(body, "        ") + "\n"
              "    _t1 = _timer()\n"
              "    return _t1 - _t0\n")
    t0 = time.perf_counter()
    code = compile(source, "<magic-timeit>", "exec")
    tc = time.perf_counter() - t0
    ns = {}
    exec(code, _shell().user_ns, ns)
    timer = _Timer(ns["inner"], timefunc)
    if number == 0:
        # determine number so that 0.2 <= total time < 2.0
        for index in range(0, 10):
            number = 10 ** index
            if timer.timeit(number) >= 0.2:
                break
    all_runs = timer.repeat(repeat, number)
    best = min(all_runs) / number
    worst = max(all_runs) / number
    result = TimeitResult(number, repeat, best, worst, all_runs, tc, precision)
    if not quiet:
        if worst > 4 * best and best > 0 and worst > 1e-6:
            print("The slowest run took %0.2f times longer than the "
                  "fastest. This could mean that an intermediate result "
                  "is being cached." % (worst / best))
        print(result)
        if tc > 0.1:
            print("Compiler time: %.2f s" % tc)
    if return_result:
        return result
    return None


def line_timeit(line):
    """Time execution of a Python statement or expression

    Usage, in line mode:
      %timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] statement
    or in cell mode:
      %%timeit [-n<N> -r<R> [-t|-c] -q -p<P> -o] setup_code
      code
      code...

    Time execution of a Python statement or expression using the timeit
    module.  This function can be used both as a line and cell magic:

    - In line mode you can time a single-line statement (though multiple
      ones can be chained with using semicolons).

    - In cell mode, the statement in the first line is used as setup code
      (executed but not timed) and the body of the cell is timed.  The cell
      body has access to any variables created in the setup code.

    Options:
    -n<N>: execute the given statement <N> times in a loop. If <N> is not
    provided, <N> is determined so as to get sufficient accuracy.

    -r<R>: number of repeats <R>, each consisting of <N> loops, and take the
    best result.
    Default: 7

    -t: use time.time to measure the time.

    -c: use time.process_time to measure the time (CPU time of the process).

    -p<P>: use a precision of <P> digits to display the timing result.
    Default: 3

    -q: Quiet, do not print result.

    -o: return a TimeitResult that can be stored in a variable to inspect
        the result in more details.

    The statement is compiled once, into a function run in the notebook's
    namespace.

    Examples
    --------
    ::

      In [1]: %timeit pass
      8.26 ns ± 0.12 ns per loop (mean ± std. dev. of 7 runs, 100,000,000 loops each)

      In [2]: u = None

      In [3]: %timeit u is None
      29.9 ns ± 0.643 ns per loop (mean ± std. dev. of 7 runs, 10,000,000 loops each)
    """
    return _timeit(line)


def cell_timeit(line, cell):
    """Time execution of a Python cell; the magic's line is setup code (see %timeit?)."""
    return _timeit(line, cell)
