"""%who, %whos and %reset: the user's namespace, as IPython 8's NamespaceMagics shows it.

The shell's own names (``In``, ``Out``, ``get_ipython``, ``exit``...) are hidden, as IPython
hides its ``user_ns_hidden``: a name is hidden while it still holds the object the shell put
there. Formats are IPython's (IPython/core/magics/namespace.py).
"""

import gc

from IPython.core.getipython import get_ipython


def _who_ls(parameter_s=""):
    """Names the user defined, sorted; only those whose type name is listed, when any is."""
    shell = get_ipython()
    user_ns = shell.user_ns
    hidden = shell.user_ns_hidden
    missing = object()
    out = [name for name in list(user_ns)
           if not name.startswith("_") and user_ns[name] is not hidden.get(name, missing)]
    types = set(parameter_s.split())
    if types:
        out = [name for name in out if type(user_ns[name]).__name__ in types]
    out.sort()
    return out


def _nothing(parameter_s):
    if parameter_s.strip():
        print("No variables match your requested type.")
    else:
        print("Interactive namespace is empty.")


def line_who(line):
    """Print all interactive variables, with some minimal formatting.

    If any arguments are given, only variables whose type matches one of
    these are printed.  For example::

      %who function str

    will only list functions and strings, excluding all other types of
    variables.  To find the proper type names, simply use type(var) at a
    command line to see how python prints type names.

    ``%who`` always excludes the names the kernel itself defines
    (``In``, ``Out``, ``get_ipython``, ...).

    Examples
    --------
    Define two variables and list them with who::

      In [1]: alpha = 123

      In [2]: beta = 'test'

      In [3]: %who
      alpha   beta

      In [4]: %who int
      alpha
    """
    names = _who_ls(line)
    if not names:
        _nothing(line)
        return
    # IPython: a tab after each name, nine names a line.
    count = 0
    for name in names:
        print(name + "\t", end=" ")
        count += 1
        if count > 8:
            count = 0
            print()
    print()


def line_whos(line):
    """Like %who, but gives some extra information about each variable.

    The same type filtering of %who can be applied here.

    For all variables, the type is printed. Additionally it prints:

      - For {},[],(): their length.

      - Everything else: a string representation, snipping their middle if
        too long.

    Examples
    --------
    Define two variables and list them with whos::

      In [1]: alpha = 123

      In [2]: beta = 'test'

      In [3]: %whos
      Variable   Type    Data/Info
      ----------------------------
      alpha      int     123
      beta       str     test
    """
    names = _who_ls(line)
    if not names:
        _nothing(line)
        return
    user_ns = get_ipython().user_ns
    values = [user_ns[n] for n in names]
    types = [type(v).__name__ for v in values]
    colsep = 3
    varwidth = max(max(map(len, names)), len("Variable")) + colsep
    typewidth = max(max(map(len, types)), len("Type")) + colsep
    print("Variable".ljust(varwidth) + "Type".ljust(typewidth) + " Data/Info\n"
          + "-" * (varwidth + typewidth + len("Data/Info") + 1))
    for name, value, tname in zip(names, values, types):
        print("{0:<{vw}}{1:<{tw}}".format(name, tname, vw=varwidth, tw=typewidth), end=" ")
        if tname in ("dict", "list", "tuple"):
            print("n=" + str(len(value)))
        else:
            print(_short_str(value))


def _short_str(value):
    try:
        text = str(value)
    except Exception:
        text = "<object with id %d (str() failed)>" % id(value)
    text = text.replace("\n", "\\n")
    return text if len(text) < 50 else text[:25] + "<...>" + text[-25:]


def line_reset(line):
    """Resets the namespace by removing all names defined by the user, if
    called without arguments, or by removing some types of objects, such
    as everything currently in the In[] and Out[] containers (see
    the parameters for details).

    Parameters
    ----------
    -f
        force reset without asking for confirmation.
    -s
        'Soft' reset: Only clears your namespace, leaving history intact.
    in
        reset input history
    out
        reset output history

    Notes
    -----
    Without -f the kernel asks the front end to confirm; a front end that
    cannot answer (stdin not allowed) resets without asking, as ipykernel does.
    """
    args = line.split()
    flags = {a for a in args if a.startswith("-")}
    targets = [a for a in args if not a.startswith("-")]
    unknown = [f for f in flags if f not in ("-f", "-s", "-fs", "-sf")]
    if unknown:
        from IPython.core.error import UsageError
        raise UsageError("option %s not recognized ( allowed: \"sf\")" % unknown[0])
    if not any("f" in f for f in flags) and not _confirmed():
        print("Nothing done.")
        return
    shell = get_ipython()
    if any("s" in f for f in flags):
        for name in _who_ls():
            del shell.user_ns[name]
    elif not targets:
        _hard_reset(shell)
    for target in targets:
        _reset_target(shell, target.lower())
    gc.collect()


def _confirmed():
    from IPython.core.error import StdinNotImplementedError
    prompt = "Once deleted, variables cannot be recovered. Proceed (y/[n])? "
    while True:
        try:
            answer = input(prompt).strip().lower()
        except StdinNotImplementedError:
            return True  # ipykernel: a front end without stdin resets without asking
        except EOFError:
            return False
        if answer in ("y", "yes"):
            return True
        if answer in ("", "n", "no"):
            return False


def _hard_reset(shell):
    """Every user name goes; the shell's own names come back (IPython's InteractiveShell.reset)."""
    ns = shell.user_ns
    shell.Out.clear()
    keep = ("__builtin__", "__builtins__", "__name__")
    for name in list(ns):
        if name not in keep:
            del ns[name]
    ns.update(shell.user_ns_hidden)


def _reset_target(shell, target):
    ns = shell.user_ns
    if target == "out":
        print("Flushing output cache (%d entries)" % len(shell.Out))
        for key in [k for k in ns if k.startswith("_") and k[1:].isdigit()]:
            del ns[key]
        shell.Out.clear()
        ns.update({"_": "", "__": "", "___": ""})
    elif target == "in":
        print("Flushing input history")
        for n in range(1, len(shell.In)):
            ns.pop("_i%d" % n, None)
        ns.update({"_i": "", "_ii": "", "_iii": ""})
        shell.In[:] = [""] * len(shell.In)
    else:
        print("Don't know how to reset ", end=" ")
        print(target + ", please run `%reset?` for details")


def line_precision(line):
    """Set floating point precision for pretty printing.

    Can set either integer precision or a format string.

    If no argument is given, defaults will be restored.

    Examples
    --------
    ::

        In [1]: from math import pi

        In [2]: %precision 3
        Out[2]: '%.3f'

        In [3]: pi
        Out[3]: 3.142
    """
    from IPython.core.formatters import PLAIN
    return PLAIN.set_float_precision(line.strip())


def line_pprint(line):
    """Toggle pretty printing on/off."""
    from IPython.core.formatters import PLAIN
    PLAIN.pprint = not PLAIN.pprint
    print("Pretty printing has been turned", ["OFF", "ON"][PLAIN.pprint])
