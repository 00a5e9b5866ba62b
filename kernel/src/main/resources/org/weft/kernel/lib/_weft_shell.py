"""The interactive shell behind the Weft kernel.

What IPython's InteractiveShell gives a notebook, for code that expects it: ``get_ipython()``,
``In``/``Out`` and ``_``/``__``/``___``, the display hook that turns a cell's last value into
an ``execute_result``, IPython-style tracebacks, ``user_expressions``, and the magic registry
that ``%name`` and ``%%name`` lines call (the kernel rewrites those lines into
``get_ipython().run_line_magic(...)`` before Python sees the cell).

The Java side of the kernel (module ``_weft_kernel``) publishes messages; this module decides
what they contain. One shell exists per kernel; its state is touched by the execution thread
(cells run one at a time), except ``display`` calls, which any thread may make.
"""

import builtins
import linecache
import sys

import _weft_kernel
from IPython.core import formatters as _formatters
from IPython.core.error import UsageError



class WeftShell:
    """The object ``get_ipython()`` returns."""

    def __init__(self, user_ns):
        self.user_ns = user_ns
        self.user_global_ns = user_ns
        self.execution_count = 1
        self.In = [""]
        self.Out = {}
        self.magics_manager = _MagicsManager(self)
        self.display_formatter = _formatters.DisplayFormatter()
        self.last_execution_succeeded = True
        self.last_execution_result = None
        self._tb_last = None
        # %pdb: start the debugger on the traceback of each cell that fails (IPython's call_pdb)
        self.call_pdb = False
        user_ns.update({
            "In": self.In, "Out": self.Out, "_ih": self.In, "_oh": self.Out,
            "_i": "", "_ii": "", "_iii": "", "_": "", "__": "", "___": "",
            "get_ipython": self.get_ipython,
            "exit": _Exiter(), "quit": _Exiter(),
        })
        # The shell's own names, which %who hides and %reset puts back (IPython's user_ns_hidden).
        self.user_ns_hidden = dict(user_ns)
        from IPython.core.display_functions import display
        builtins.display = display
        builtins.input = _input
        _register_builtin_magics(self)

    def get_ipython(self):
        """This shell: what IPython code calls to reach the running kernel."""
        return self

    # ---- the kernel's hooks around a cell --------------------------------------------------

    def _pre_run_cell(self, count, source, store_history):
        """Records the cell's input as IPython does: In[n], _i, _ii, _iii, _i<n>."""
        if not store_history:
            return
        self.execution_count = count
        ns = self.user_ns
        while len(self.In) <= count:
            self.In.append("")
        self.In[count] = source
        ns["_iii"], ns["_ii"], ns["_i"] = ns.get("_ii", ""), ns.get("_i", ""), source
        ns["_i%d" % count] = source

    def _cache_source(self, name, source):
        """A cell's source in linecache under the file name the kernel compiles it under
        ('<cell N>', or '<cell N~k>' for a cell kept out of history), so that pdb, tracebacks'
        source lines and inspect.getsource find its lines, as IPython's cells do."""
        linecache.cache[name] = (len(source), None, source.splitlines(True), name)

    def _post_run_cell(self, count, store_history):
        if store_history:
            self.execution_count = count + 1

    def _displayhook(self, value, count, store_history):
        """A cell's last value: stored in Out/_/__/___ and published as execute_result."""
        if value is None:
            return
        if isinstance(value, _Exiter):
            # IPython calls exit/quit when typed alone (its IPyAutocall), asking the front end to stop.
            value()
            return
        if store_history:
            ns = self.user_ns
            if "_" not in ns or ns.get("_") is not value:
                ns["___"], ns["__"], ns["_"] = ns.get("__", ""), ns.get("_", ""), value
            ns["_%d" % count] = value
            self.Out[count] = value
        data, metadata = self.display_formatter.format(value)
        if data:
            _weft_kernel.publish("execute_result", {
                "execution_count": count, "data": data, "metadata": metadata})

    def _format_error(self, exc):
        """(ename, evalue, traceback lines) for an exception a cell raised, as IPython shows it."""
        self._tb_last = exc
        sys.last_type, sys.last_value, sys.last_traceback = type(exc), exc, exc.__traceback__
        from _weft_traceback import format_exception
        return type(exc).__name__, str(exc), format_exception(exc)

    def _after_error(self):
        """After a failed cell's traceback is shown: the debugger, when %pdb turned it on."""
        self.debugger()

    def debugger(self, force=False):
        """IPython's: post-mortem debugging of the last error when forced or %pdb is on."""
        if force or self.call_pdb:
            from _weft_magics.debugger import last_traceback_debugger
            last_traceback_debugger()

    def _user_expressions(self, expressions):
        """execute_request's user_expressions: each evaluated in the user's namespace."""
        out = {}
        for name, source in expressions.items():
            try:
                value = eval(source, self.user_ns)
                data, metadata = self.display_formatter.format(value)
                out[name] = {"status": "ok", "data": data, "metadata": metadata}
            except BaseException as e:  # the reply reports it; the kernel goes on
                ename, evalue, tb = self._format_error(e)
                out[name] = {"status": "error", "ename": ename, "evalue": evalue,
                             "traceback": tb}
        return out

    # ---- IPython's API for magics -------------------------------------------------------------

    def run_line_magic(self, magic_name, line, _stack_depth=1):
        fn = self.magics_manager.magics["line"].get(magic_name)
        if fn is None:
            raise UsageError(_unknown_magic("Line", "%", magic_name, self.magics_manager))
        return fn(line)

    def run_cell_magic(self, magic_name, line, cell):
        fn = self.magics_manager.magics["cell"].get(magic_name)
        if fn is None:
            raise UsageError(_unknown_magic("Cell", "%%", magic_name, self.magics_manager))
        return fn(line, cell)

    def find_line_magic(self, magic_name):
        return self.magics_manager.magics["line"].get(magic_name)

    def find_cell_magic(self, magic_name):
        return self.magics_manager.magics["cell"].get(magic_name)

    def _magic_names(self):
        """Every magic as typed, for completion: ``%name`` and ``%%name``."""
        magics = self.magics_manager.magics
        return sorted(["%" + n for n in list(magics["line"])] + ["%%" + n for n in list(magics["cell"])])

    def register_magic_function(self, func, magic_kind="line", magic_name=None):
        self.magics_manager.register_function(func, magic_kind, magic_name)

    def system(self, cmd):
        """``!cmd``: runs a shell command; its output goes to the cell."""
        _weft_kernel.system(cmd, False)

    def getoutput(self, cmd, split=True):
        """``x = !cmd``: the command's output lines."""
        from IPython.utils.text import LSString, SList
        text = _weft_kernel.system(cmd, True)
        return SList(text.splitlines()) if split else LSString(text)

    def set_next_input(self, text, replace=False):
        _weft_kernel.payload({"source": "set_next_input", "text": text, "replace": replace})

    def transform_cell(self, raw_cell):
        """The cell as Python: IPython's syntax (``%magic``, ``!cmd``, ``obj?``) rewritten."""
        return _weft_kernel.transform_cell(raw_cell)

    def ev(self, expr):
        return eval(expr, self.user_ns)

    def ex(self, cmd):
        exec(cmd, self.user_ns)

    def push(self, variables, interactive=True):
        self.user_ns.update(variables)

    def showtraceback(self, exc_tuple=None, **kwargs):
        exc = sys.exc_info()[1] if exc_tuple is None else exc_tuple[1]
        if exc is not None:
            ename, evalue, tb = self._format_error(exc)
            _weft_kernel.publish("error", {"ename": ename, "evalue": evalue, "traceback": tb})


class _MagicsManager:
    """The registry ``%lsmagic`` lists: name -> function, for line and cell magics."""

    def __init__(self, shell):
        self.shell = shell
        self.magics = {"line": {}, "cell": {}}

    def register_function(self, func, magic_kind="line", magic_name=None):
        name = magic_name or func.__name__
        kinds = ("line", "cell") if magic_kind == "line_cell" else (magic_kind,)
        for kind in kinds:
            if kind not in self.magics:
                raise ValueError("magic_kind must be one of line, cell, line_cell; got %r" % kind)
            self.magics[kind][name] = func

    def lsmagic(self):
        return self.magics


class _LSMagic:
    """What %lsmagic returns, as IPython's MagicsDisplay: the list as text, the table as JSON."""

    def __init__(self, magics):
        self.magics = magics

    def _repr_pretty_(self, p, cycle):
        p.text("Available line magics:\n"
               + "  ".join("%" + n for n in sorted(self.magics["line"]))
               + "\n\nAvailable cell magics:\n"
               + "  ".join("%%" + n for n in sorted(self.magics["cell"]))
               + "\n\nAutomagic is OFF, % prefix IS needed for line magics.")

    def _repr_json_(self):
        return {kind: {name: getattr(fn, "_module", "BasicMagics")
                       for name, fn in sorted(self.magics[kind].items())}
                for kind in ("line", "cell")}


def _unknown_magic(kind, prefix, name, manager):
    import difflib
    names = list(dict.fromkeys(list(manager.magics["line"]) + list(manager.magics["cell"])))
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    text = "%s magic function `%s%s` not found." % (kind, prefix, name)
    if close:
        text += " Did you mean: " + ", ".join(
            ("%" if c in manager.magics["line"] else "%%") + c for c in close) + "?"
    return text


def _register_builtin_magics(shell):
    def pinfo(line):
        _page_info(line.strip(), 0)

    def pinfo2(line):
        _page_info(line.strip(), 1)

    def lsmagic(line=""):
        """List currently available magic functions."""
        return _LSMagic(shell.magics_manager.magics)

    shell.register_magic_function(pinfo, "line", "pinfo")
    shell.register_magic_function(pinfo2, "line", "pinfo2")
    shell.register_magic_function(lsmagic, "line", "lsmagic")
    import _weft_magics
    _weft_magics.register(shell)


def _page_info(expression, detail):
    """``obj?`` / ``obj??``: the object's description as a page payload, as IPython sends it."""
    if expression.startswith("%"):
        text = _magic_help(expression)
        if text is None:
            print("Object `%s` not found." % expression)
            return
    else:
        text = _weft_kernel.pinfo(expression, detail)
        if text is None:
            print("Object `%s` not found." % expression)
            return
    _weft_kernel.payload({"source": "page", "data": {"text/plain": text}, "start": 0})


def _magic_help(expression):
    """``%name?``: the magic's docstring and file, as IPython pages them (cell magic for ``%%``)."""
    import inspect
    name = expression.lstrip("%")
    magics = get_ipython().magics_manager.magics
    kinds = ("cell", "line") if expression.startswith("%%") else ("line", "cell")
    fn = magics[kinds[0]].get(name) or magics[kinds[1]].get(name)
    if fn is None:
        return None
    target = fn._target() if hasattr(fn, "_target") else fn
    red, plain = "\x1b[0;31m", "\x1b[0m"
    text = "%sDocstring:%s\n%s\n" % (red, plain, inspect.cleandoc(target.__doc__ or "<no docstring>"))
    path = getattr(sys.modules.get(getattr(target, "__module__", None)), "__file__", None)
    if path:
        text += "%sFile:%s      %s\n" % (red, plain, path)
    return text


def _input(prompt=""):
    """input() in a notebook: asks the front end (an input_request on the stdin channel)."""
    return _weft_kernel.input(str(prompt), False)


class _Exiter:
    """``exit`` and ``quit`` in the kernel, as ipykernel's ZMQExitAutocall: the execute_reply
    carries an ``ask_exit`` payload, and the front end (jupyter console) ends the session;
    ``exit(keep_kernel=True)`` leaves the kernel running."""

    def __repr__(self):
        return "Use exit() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, keep_kernel=False):
        _weft_kernel.payload({"source": "ask_exit", "keepkernel": bool(keep_kernel)})


_shell = None


def get_ipython():
    """The running shell, or None outside the kernel."""
    return _shell


def start(user_ns):
    """Called once by the kernel, on its execution thread, before the first cell."""
    global _shell
    _shell = WeftShell(user_ns)
    return _shell
