"""Magics that make threads visible: ``%%threads`` (a table of what each thread did during a
cell), ``%%timeline`` (a picture of it), ``%threads`` (the live threads), ``%gil``, ``%nproc`` and
``%seed``.

The accounting lives in Java (module ``_weft_threads``): the kernel watches every thread a cell
starts, from its start to its end, with its CPU time and the time it spent blocked. Thread names
are Python's (``threading.Thread.name``); since a thread that ends during a cell has left
``threading``'s tables by the time the cell ends, ``Thread._bootstrap`` is wrapped once, when this
module is first imported, to tell the kernel each new thread's name as it starts.
"""

import random
import sys
import threading

import _weft_threads
from IPython.core.error import UsageError


def _shell():
    from _weft_shell import get_ipython
    return get_ipython()


def _escape(text):
    """HTML-escaped text (the interpreter has no html module)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _display(data):
    from IPython.display import display
    display(data, raw=True)


# ---- names ------------------------------------------------------------------------------------------

_original_bootstrap = threading.Thread._bootstrap


def _named_bootstrap(self):
    try:
        _weft_threads.set_name(threading.get_ident(), self.name)
    except Exception:  # naming is a nicety; the thread must start whatever happens
        pass
    _original_bootstrap(self)


if getattr(threading.Thread._bootstrap, "__name__", "") != "_named_bootstrap":
    threading.Thread._bootstrap = _named_bootstrap


def _name_live_threads():
    """Gives the kernel the current name of every live ``threading`` thread (names can change);
    returns their idents."""
    idents = []
    for t in threading.enumerate():
        if t.ident is not None:
            _weft_threads.set_name(t.ident, t.name)
            idents.append(t.ident)
    return idents


def _name(row):
    return row["name"] or "thread %d" % row["ident"]


# ---- running a cell under measurement -----------------------------------------------------------------

def _measure(cell, sample_ms):
    """Runs ``cell`` in the user's namespace while measuring; returns the measurement's result and
    the exception the cell raised (or None), so that the table shows also for a failed cell."""
    shell = _shell()
    code = compile(shell.transform_cell(cell), "<threads cell>", "exec")
    error = None
    mid = _weft_threads.measure(sample_ms)
    try:
        exec(code, shell.user_ns)
    except BaseException as e:  # shown after the table, traceback from the cell's code on
        tb = e.__traceback__
        error = e.with_traceback(tb.tb_next) if tb is not None and tb.tb_next is not None else e
    finally:
        alive = _name_live_threads()
        result = _weft_threads.finish(mid, "GIL " + ("on" if _weft_threads.gil() else "off"), alive)
    return result, error


def _summary(result):
    wall = result["wall"]
    cpu = sum(r["cpu"] for r in result["rows"])
    parallelism = cpu / wall if wall > 0 else 0.0
    return wall, cpu, parallelism


def _ms(seconds):
    return "%.1f" % (seconds * 1e3)


_COLUMNS = ["thread", "ident", "cell", "start ms", "end ms", "wall ms", "CPU ms", "waiting ms"]


def _cells(row, me):
    before = row["older"] and row["ident"] != me
    return [_name(row), str(row["ident"]), str(row["cell"]) if row["cell"] else "-",
            "before" if before else _ms(row["start"]), "running" if row["alive"] else _ms(row["end"]),
            _ms(row["wall"]), _ms(row["cpu"]), _ms(row["blocked"])]


def _text_table(columns, rows):
    """Columns aligned: the first left, the others right."""
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(columns)]

    def line(cells):
        return "  ".join(c.ljust(widths[i]) if i == 0 else c.rjust(widths[i])
                         for i, c in enumerate(cells)).rstrip()
    return "\n".join([line(columns)] + [line(r) for r in rows])


def _html_table(columns, rows, caption):
    head = "".join("<th>%s</th>" % _escape(c) for c in columns)
    body = "".join("<tr>%s</tr>" % "".join(
        ('<td style="text-align:left">%s</td>' if i == 0 else "<td>%s</td>") % _escape(c)
        for i, c in enumerate(r)) for r in rows)
    return ('<table class="weft-threads"><thead><tr>%s</tr></thead><tbody>%s</tbody></table>'
            "<p>%s</p>" % (head, body, _escape(caption)))


def _summary_line(result):
    wall, cpu, parallelism = _summary(result)
    from _weft_magics.timing import _format_time
    return ("Wall time: %s, CPU time: %s (%d thread%s), parallelism: %.2f (CPU / wall), GIL: %s"
            % (_format_time(wall), _format_time(cpu), len(result["rows"]),
               "" if len(result["rows"]) == 1 else "s", parallelism,
               "on" if _weft_threads.gil() else "off"))


def cell_threads(line, cell):
    """Runs the cell, then shows what each thread did during it.

    One row per thread that ran Python code during the cell: the cell's
    own thread, every thread it started (also those that ended), and
    older threads (pool workers) that did work for it. Columns: the
    thread's name and ident, the cell that started it, when it started
    and ended (ms from the cell's start; "before" if it existed before
    the cell, "running" if it outlived the cell), its wall time alive
    during the cell, its CPU time, and the time it spent
    waiting (locks, queues, joins, events, sleep, the GIL). The last
    line sums up: wall time, total CPU time and the parallelism reached
    (CPU / wall: about the number of cores busy on average).

    Shown as an aligned text table and as an HTML table.

    Example::

      %%threads
      from concurrent.futures import ThreadPoolExecutor
      with ThreadPoolExecutor(4) as pool:
          print(sum(pool.map(lambda n: sum(range(n)), [10**6] * 8)))
    """
    if line.strip():
        raise UsageError("%%threads takes no arguments (put the code in the cell)")
    result, error = _measure(cell, 0)
    me = threading.get_ident()
    rows = [_cells(r, me) for r in result["rows"]]
    caption = _summary_line(result)
    _display({"text/plain": _text_table(_COLUMNS, rows) + "\n" + caption,
              "text/html": _html_table(_COLUMNS, rows, caption)})
    if error is not None:
        raise error


def line_threads(line):
    """The live Python threads: name, ident, state, CPU time so far, and the cell that started them.

    Usage:
      %threads               list them
      %threads --interrupt   raise KeyboardInterrupt in every thread a cell started

    The state is what the thread does now: running, waiting (a lock, queue,
    join, event or the GIL) or sleeping.
    """
    arg = line.strip()
    if arg in ("--interrupt", "-i"):
        me = threading.get_ident()
        hit = [t for t in _weft_threads.live() if t["cell"] > 0 and t["ident"] != me]
        done = [t for t in hit if _weft_threads.interrupt(t["ident"])]
        print("KeyboardInterrupt raised in %d thread%s" % (len(done), "" if len(done) == 1 else "s"))
        return None
    if arg:
        raise UsageError("Usage: %threads [--interrupt]")
    _name_live_threads()
    columns = ["thread", "ident", "state", "CPU ms", "cell"]
    rows = [[_name(t), str(t["ident"]), t["state"], _ms(t["cpu"]), str(t["cell"]) if t["cell"] else "-"]
            for t in _weft_threads.live()]
    caption = "%d live thread%s, GIL: %s" % (len(rows), "" if len(rows) == 1 else "s",
                                           "on" if _weft_threads.gil() else "off")
    _display({"text/plain": _text_table(columns, rows) + "\n" + caption,
              "text/html": _html_table(columns, rows, caption)})
    return None


# ---- %%timeline -----------------------------------------------------------------------------------------

def _parse_interval(line):
    words = line.split()
    if not words:
        return 1.0
    if len(words) == 2 and words[0] in ("-i", "--interval"):
        try:
            ms = float(words[1])
        except ValueError:
            ms = 0
        if ms >= 0.1:
            return ms
    raise UsageError("Usage: %%timeline [-i MS]  (sampling interval in ms, at least 0.1; default 1)")


def cell_timeline(line, cell):
    """Runs the cell and draws what each thread did, as a Gantt chart.

    One lane per thread that ran Python code during the cell, coloured by
    what the thread was doing at each moment: running Python (green),
    waiting on a lock, queue, event, join or the GIL (orange), sleeping
    (blue), done (grey). The axis is in milliseconds from the cell's
    start; the title gives wall time, CPU time and the parallelism
    reached. Run the same cell with `%gil on` and `%gil off` to see the
    difference: with the GIL on, threads take turns and wait most of the
    time.

    A sampler thread looks at every thread's state each interval (default
    1 ms; ``%%timeline -i 0.5`` for 0.5 ms; twice the interval after the
    first second, five times after ten seconds); it stops no thread and
    costs about 1-2% of one core. Shown as an SVG image, with a text
    summary of each thread's time running, waiting and sleeping.
    """
    interval = _parse_interval(line)
    result, error = _measure(cell, interval)
    lines = [_summary_line(result)]
    for r in result["rows"]:
        states = r.get("states") or {}
        # Shares of the time the thread was alive during the cell (its lane before "done").
        span = sum(v for k, v in states.items() if k != "done") or 1.0
        lines.append("  %s: running %d%%, waiting %d%%, sleeping %d%%" % (
            _name(r), round(100 * states.get("running", 0) / span),
            round(100 * states.get("waiting", 0) / span), round(100 * states.get("sleeping", 0) / span)))
    bundle = {"text/plain": "\n".join(lines)}
    if result["svg"]:
        bundle["image/svg+xml"] = result["svg"]
    _display(bundle)
    if error is not None:
        raise error


# ---- %gil, %nproc ------------------------------------------------------------------------------------

def line_gil(line):
    """Switches the global interpreter lock on or off, or tells whether it is on.

    Usage:
      %gil on       threads take turns (one runs Python at a time), as in CPython
      %gil off      threads run Python at the same time, on every core
      %gil status   (or %gil) says which

    The switch holds for the cells that follow, and also for threads
    running now (each takes or drops the lock at its next check).
    """
    arg = line.strip().lower() or "status"
    if arg in ("on", "1", "true"):
        _weft_threads.set_gil(True)
    elif arg in ("off", "0", "false"):
        _weft_threads.set_gil(False)
    elif arg != "status":
        raise UsageError("Usage: %gil on|off|status")
    if _weft_threads.gil():
        print("GIL is on: one thread runs Python at a time (switch interval %g ms)"
              % (sys.getswitchinterval() * 1e3))
    else:
        print("GIL is off: threads run Python in parallel on %d cores" % _weft_threads.nproc())


def line_nproc(line):
    """The number of cores the kernel can use (the JVM's availableProcessors); returns it.

    Example::

      n = %nproc
    """
    if line.strip():
        raise UsageError("%nproc takes no arguments")
    return _weft_threads.nproc()


# ---- %seed ---------------------------------------------------------------------------------------------

_FUNCTIONS = ["random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle",
              "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate",
              "gammavariate", "gauss", "betavariate", "paretovariate", "weibullvariate", "getstate",
              "setstate", "getrandbits", "randbytes", "seed"]
_originals = {}


class _Seed:
    """One ``%seed N``: the number, the seeding thread and the start count when it was given."""

    def __init__(self, n):
        self.n = n
        self.ident = threading.get_ident()
        self.base = _weft_threads.started_count()


# Shared state, a decision: the current seed is replaced whole by %seed (one reference write, so a
# thread reads the old seed or the new one); each thread keeps its generator in _local, tagged with
# the seed it was made for.
_seed = None
_local = threading.local()


def _stream_seed(n, order):
    """The seed of the stream of the thread started ``order``-th after ``%seed n`` (documented rule)."""
    return n * 1_000_003 + order


def _rng():
    """The calling thread's generator while seeded."""
    s = _seed
    if s is None:
        return random._inst
    mine = getattr(_local, "rng", None)
    if mine is not None and mine[0] is s:
        return mine[1]
    ident = threading.get_ident()
    if ident == s.ident:
        r = random.Random(s.n)
    else:
        r = random.Random(_stream_seed(s.n, _weft_threads.order(ident) - s.base))
    _local.rng = (s, r)
    return r


def _dispatcher(name):
    def call(*args, **kwargs):
        return getattr(_rng(), name)(*args, **kwargs)
    call.__name__ = name
    call.__doc__ = getattr(random.Random, name).__doc__
    return call


def line_seed(line):
    """Makes `random` reproducible, also in threads.

    Usage:
      %seed N     seed with the integer N
      %seed off   back to one shared, unseeded generator
      %seed       tell the current seed

    After `%seed N`, the module-level functions of `random`
    (random.random(), randint, choice, shuffle, ...) draw from a
    generator of the calling thread:

    - the thread that ran `%seed N` (the notebook's own) uses
      random.Random(N), exactly what random.seed(N) gives;
    - the k-th thread started after `%seed N` (k = 1, 2, ... in the order
      of their start() calls, whichever cell starts them) uses
      random.Random(N * 1000003 + k).

    So a cell that starts its threads in a fixed order prints the same
    numbers on every run, however the threads interleave. Threads that
    already existed (a pool made earlier) get a stream derived from
    their own start order, which is fixed only if that order was.
    Generators bound before `%seed` (`from random import randint`) and
    random.Random instances are not affected.
    """
    global _seed
    arg = line.strip()
    if not arg:
        print("random is seeded with %d" % _seed.n if _seed else "random is not seeded (%seed N seeds it)")
        return None
    if arg == "off":
        _seed = None
        for name, fn in _originals.items():
            setattr(random, name, fn)
        return None
    try:
        n = int(arg)
    except ValueError:
        raise UsageError("Usage: %seed N (an integer) or %seed off") from None
    if not _originals:
        for name in _FUNCTIONS:
            if hasattr(random, name):
                _originals[name] = getattr(random, name)
    for name in _originals:
        setattr(random, name, _dispatcher(name))
    _seed = _Seed(n)
    return None
