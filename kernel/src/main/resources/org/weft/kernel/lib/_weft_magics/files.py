"""%%writefile, %run and %load, as IPython 8 (IPython/core/magics/osm.py, execution.py, code.py)."""

import builtins
import glob
import os
import re
import shlex
import sys

import _weft_kernel
from IPython.core.error import UsageError
from IPython.core.getipython import get_ipython


def cell_writefile(line, cell):
    """Write the contents of the cell to a file.

    The file will be overwritten unless the -a (--append) flag is specified.

    ::

      %%writefile [-a] filename
    """
    words = shlex.split(line)
    append = any(w in ("-a", "--append") for w in words)
    names = [w for w in words if w not in ("-a", "--append")]
    if len(names) != 1:
        raise UsageError("the following arguments are required: filename" if not names
                         else "unrecognized arguments: %s" % " ".join(names[1:]))
    filename = os.path.expanduser(names[0])
    if os.path.exists(filename):
        print(("Appending to %s" if append else "Overwriting %s") % filename)
    else:
        print("Writing %s" % filename)
    with open(filename, "a" if append else "w", encoding="utf-8") as f:
        f.write(cell)


def line_run(line):
    """Run the named file inside the kernel as a program.

    Usage::

      %run [-n -i -e -G] file [args]

    Parameters after the filename are passed as command-line arguments to
    the program (put in sys.argv), with ``~`` and glob patterns expanded
    (``-G``: not expanded). The file runs in a fresh namespace whose
    ``__name__`` is ``'__main__'`` (``-n``: the file's name, so an
    ``if __name__ == "__main__"`` block does not run); afterwards the names
    it defined are loaded into the interactive namespace.

    Options:

    -i
      run the file in the interactive namespace instead of an empty one, so
      it sees the variables you defined.

    -e
      ignore sys.exit() calls and SystemExit exceptions in the script.
    """
    opts, words = _run_options(line)
    if not words:
        raise Exception("you must provide at least a filename.")
    filename = _find_py_file(words[0])
    args = words[1:] if "G" in opts else _shell_glob(words[1:])
    shell = get_ipython()
    path = os.path.abspath(filename)
    with open(filename, encoding="utf-8") as f:
        code = compile(f.read(), path, "exec")
    name = os.path.splitext(os.path.basename(filename))[0] if "n" in opts else "__main__"
    saved_argv = sys.argv
    sys.argv = [filename] + args
    try:
        if "i" in opts:
            _run_interactive(shell, code, name, filename, "e" in opts)
        else:
            _run_fresh(shell, code, name, filename, "e" in opts)
    except SystemExit as e:
        # IPython's safe_execfile: a short report, and the magic itself succeeds.
        _weft_kernel.publish("error", {
            "ename": "SystemExit", "evalue": str(e.code),
            "traceback": ["An exception has occurred, use %tb to see the full traceback.\n",
                          "SystemExit: %s\n" % e.code]})
    except Exception as e:
        _show_script_error(shell, e, path)
    finally:
        sys.argv = saved_argv
        shell.user_ns["__builtins__"] = builtins


def _run_options(line):
    words = shlex.split(line)
    opts = set()
    while words and words[0].startswith("-") and len(words[0]) > 1:
        flags = words.pop(0)[1:]
        for flag in flags:
            if flag not in "nieG":
                raise UsageError("option -%s not recognized ( allowed: \"nieG\")" % flag)
            opts.add(flag)
    return opts, words


def _find_py_file(name):
    """IPython's get_py_filename: the name as given, or with .py added."""
    name = os.path.expanduser(name)
    for candidate in (name, name + ".py") if not name.endswith(".py") else (name,):
        if os.path.isfile(candidate):
            return candidate
    raise Exception("File `%r` not found." % name)


def _shell_glob(args):
    out = []
    for arg in map(os.path.expanduser, args):
        matches = glob.glob(arg) if glob.has_magic(arg) else []
        out.extend(sorted(matches) or [arg])
    return out


def _run_fresh(shell, code, name, filename, ignore_exit):
    ns = {"__name__": name, "__file__": os.path.abspath(filename), "__builtins__": builtins}
    try:
        _exec(code, ns, ignore_exit)
    finally:
        ns.pop("__name__", None)
        saved = shell.user_ns.get("__file__", None)
        shell.user_ns.update(ns)
        if saved is None:
            shell.user_ns.pop("__file__", None)
        else:
            shell.user_ns["__file__"] = saved


def _run_interactive(shell, code, name, filename, ignore_exit):
    ns = shell.user_ns
    saved_name = ns.get("__name__")
    ns["__name__"] = name
    ns["__file__"] = filename
    try:
        _exec(code, ns, ignore_exit)
    finally:
        ns["__name__"] = saved_name


def _show_script_error(shell, exc, path):
    """The script's error as IPython shows it: from the script's own frames on."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != path:
        tb = tb.tb_next
    if tb is not None:
        exc = exc.with_traceback(tb)
    shell.showtraceback((type(exc), exc, exc.__traceback__))


def _exec(code, ns, ignore_exit):
    try:
        exec(code, ns)
    except SystemExit as e:
        # IPython's safe_execfile: exit(0) and exit() end the script quietly.
        if not ignore_exit and e.code not in (None, 0):
            raise


def line_load(line):
    """Load code into the current frontend.

    Usage::

      %load [options] source

      where source can be a filename, a history range (``1-3``) or the
      name of an object in the namespace (its source code is loaded).

    The cell's input is replaced by the loaded code, preceded by a
    ``# %load ...`` comment, as in IPython; run the cell again to execute it.

    Options:

      -r <lines>: Specify lines or ranges of lines to load from the source.
      Ranges could be specified as x-y (x..y) or in python-style x:y
      (x..(y-1)). Both limits x and y can be left blank (meaning the
      beginning and end of the file, respectively).

      -n : Include the user's namespace when searching for source code.
    """
    words = shlex.split(line)
    line_range = None
    if "-r" in words:
        i = words.index("-r")
        if i + 1 >= len(words):
            raise UsageError("option -r requires argument")
        line_range = words[i + 1]
        del words[i:i + 2]
    words = [w for w in words if w not in ("-n", "-y")]
    if not words:
        raise UsageError("Missing filename, URL, input history range, macro, or element in the user namespace.")
    source = " ".join(words)
    contents = _find_source(source)
    if line_range is not None:
        contents = _select_lines(contents, line_range)
    get_ipython().set_next_input("# %load {}\n".format(line.strip()) + contents, replace=True)


def _find_source(source):
    path = os.path.expanduser(source)
    if os.path.isfile(path):
        with open(path, encoding="utf-8") as f:
            return f.read()
    shell = get_ipython()
    if re.match(r"^[\d\s:\-~/]+$", source):
        from _weft_magics.history import range_lines
        lines = range_lines(source)
        if lines:
            return "\n".join(lines)
    if source in shell.user_ns:
        import inspect
        try:
            return inspect.getsource(shell.user_ns[source])
        except (TypeError, OSError):
            pass
    raise ValueError("'%s' was not found in history, as a file, url, nor in the user namespace."
                     % source)


def _select_lines(contents, spec):
    """IPython's extract_code_ranges: 1-based, x-y inclusive, x:y exclusive."""
    lines = contents.split("\n")
    out = []
    for part in spec.split(","):
        m = re.match(r"^(\d*)([-:]?)(\d*)$", part.strip())
        if not m:
            continue
        start = int(m.group(1)) - 1 if m.group(1) else 0
        if not m.group(2):
            end = start + 1
        elif m.group(3):
            end = int(m.group(3)) - (1 if m.group(2) == ":" else 0)
        else:
            end = None
        out.extend(lines[start:end])
    return "\n".join(out)
