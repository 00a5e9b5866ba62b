"""The kernel's magics, registered with the shell at start and imported on first use.

Each magic is a function in one of this package's modules, named ``line_<name>(line)`` for the
line form (``%name``) and ``cell_<name>(line, cell)`` for the cell form (``%%name``). Its
docstring is the help that ``%name?`` shows. The table below says which module holds which
magic; importing waits until a magic is first used, so the kernel starts fast.
"""

import importlib

# (name, kinds, module): kinds is "line", "cell" or "line_cell".
MAGICS = [
    # timing (IPython's formats)
    ("time", "line_cell", "timing"),
    ("timeit", "line_cell", "timing"),
    # threads: seeing parallelism
    ("threads", "line_cell", "threads"),
    ("timeline", "cell", "threads"),
    ("gil", "line", "threads"),
    ("nproc", "line", "threads"),
    ("seed", "line", "threads"),
    # the user's namespace
    ("who", "line", "namespace"),
    ("whos", "line", "namespace"),
    ("reset", "line", "namespace"),
    ("precision", "line", "namespace"),
    ("pprint", "line", "namespace"),
    # the process's environment and files
    ("env", "line", "environment"),
    ("cd", "line", "environment"),
    ("pwd", "line", "environment"),
    ("writefile", "cell", "files"),
    ("run", "line", "files"),
    ("load", "line", "files"),
    ("history", "line", "history"),
    ("capture", "cell", "capture"),
    # the cell's text as rich output
    ("html", "cell", "display"),
    ("markdown", "cell", "display"),
    ("javascript", "cell", "display"),
    ("js", "cell", "display"),
    ("svg", "cell", "display"),
    ("latex", "cell", "display"),
    # the cell run by another program
    ("script", "cell", "script"),
    ("sh", "cell", "script"),
    ("bash", "cell", "script"),
    ("perl", "cell", "script"),
    ("ruby", "cell", "script"),
    ("python", "cell", "script"),
    ("python2", "cell", "script"),
    ("python3", "cell", "script"),
    ("pypy", "cell", "script"),
    # how errors are reported, and debugging them
    ("xmode", "line", "errors"),
    ("debug", "line_cell", "debugger"),
    ("pdb", "line", "debugger"),
    # IPython extensions
    ("load_ext", "line", "extensions"),
    ("reload_ext", "line", "extensions"),
    ("unload_ext", "line", "extensions"),
]


class LazyMagic:
    """A magic whose module is imported when it is first called or asked for help."""

    def __init__(self, module, function):
        self._module = module
        self._function = function
        self.__name__ = function

    def _target(self):
        try:
            module = importlib.import_module("_weft_magics." + self._module)
            return getattr(module, self._function)
        except (ImportError, AttributeError):
            from IPython.core.error import UsageError
            raise UsageError("%s is not available in this kernel yet" % self._function) from None

    def __call__(self, *args):
        return self._target()(*args)

    @property
    def __doc__(self):
        try:
            return self._target().__doc__
        except Exception:
            return None


def register(shell):
    """Registers every magic of the table with ``shell``."""
    for name, kinds, module in MAGICS:
        for kind in ("line", "cell"):
            if kind in kinds.split("_"):
                shell.register_magic_function(LazyMagic(module, "%s_%s" % (kind, name)), kind, name)
