"""%history, as IPython 8's HistoryMagics (IPython/core/magics/history.py): the current
session's cells from the shell's ``In``, other sessions' from the kernel's history store."""

import fnmatch
import re
import shlex

import _weft_kernel
from IPython.core.error import UsageError
from IPython.core.getipython import get_ipython

# IPython's range syntax (IPython/core/history.py range_re): [~S/]N[-|:[~S/]M]
_RANGE = re.compile(r"((?P<startsess>~?\d+)/)?(?P<start>\d+)?"
                    r"((?P<sep>[\-:])((?P<endsess>~?\d+)/)?(?P<end>\d+))?$")


def line_history(line):
    """Print input history (_i<n> variables), with most recent last.

    ::

      %history [-n] [-o] [-p] [-f FILENAME] [-g [PATTERN ...]] [-l [LIMIT]] [-u] [range ...]

    By default, input history is printed without line numbers so it can be
    directly pasted into an editor. Use -n to show them.

    By default, all input history from the current session is displayed.
    Ranges of history can be indicated using the syntax:

    ``4``
      Line 4, current session
    ``4-6``
      Lines 4-6, current session
    ``243/1-5``
      Lines 1-5, session 243
    ``~2/7``
      Line 7, session 2 before current
    ``~8/1-~6/5``
      From the first line of 8 sessions ago, to the fifth line of 6
      sessions ago.

    Multiple ranges can be entered, separated by spaces.

    options:
      -n            print line numbers for each input.
      -o            also print outputs for each input.
      -p            print classic '>>>' python prompts before each input.
      -f FILENAME   FILENAME: instead of printing the output to the screen,
                    redirect it to the given file.  The file is always
                    overwritten.
      -g <[PATTERN ...]>
                    treat the arg as a glob pattern to search for in (full)
                    history. Searches all sessions; implies -n.
      -l <[LIMIT]>  get the last n lines from all sessions. Specify n as a
                    single arg, or the default is the last 10 lines.
      -u            when searching history using `-g`, show only unique
                    history.
    """
    args = _parse(line)
    if args["g"] is not None and not args["range"]:
        pattern = "*" + " ".join(args["g"]) + "*" if args["g"] else "*"
        hist = _weft_kernel.history({"hist_access_type": "search", "pattern": pattern,
                                     "n": args["l"] if args["l"] else -1, "unique": args["u"]})
        args["n"] = True
        range_pattern = None
    elif args["l"] is not None:
        hist = _tail(args["l"] or 10)
        range_pattern = None
    else:
        range_pattern = "*" + " ".join(args["g"]) + "*" if args["g"] else None
        args["n"] = args["n"] or bool(range_pattern)
        hist = list(_get_range(" ".join(args["range"])))
    _print(hist, args, range_pattern)


def _print(hist, args, range_pattern):
    out = open(args["f"], "w", encoding="utf-8") if args["f"] else None
    outputs = get_ipython().Out
    try:
        for session, lineno, source in hist:
            if range_pattern and not fnmatch.fnmatch(source, range_pattern):
                continue
            source = source.expandtabs(4).rstrip()
            multiline = "\n" in source
            if args["n"]:
                number = str(lineno) if session == 0 else "%s/%s" % (session, lineno)
                print("%s:%s" % (number.rjust(4), "\n" if multiline else " "), end="", file=out)
            if args["p"]:
                print(">>> ", end="", file=out)
                if multiline:
                    source = "\n... ".join(source.splitlines()) + "\n..."
            print(source, file=out)
            if args["o"] and session == 0 and lineno in outputs:
                print(repr(outputs[lineno]), file=out)
    finally:
        if out is not None:
            out.close()


def _parse(line):
    args = {"n": False, "o": False, "p": False, "u": False, "f": None, "g": None, "l": None,
            "range": []}
    words = shlex.split(line)
    i = 0
    while i < len(words):
        w = words[i]
        i += 1
        if w in ("-n", "-o", "-p", "-u", "-t", "-r"):
            args[w[1]] = True if w[1] in "nopu" else args.get(w[1])
        elif w == "-f":
            if i >= len(words):
                raise UsageError("argument -f: expected one argument")
            args["f"], i = words[i], i + 1
        elif w == "-g":
            args["g"] = []
            while i < len(words) and not words[i].startswith("-"):
                args["g"].append(words[i])
                i += 1
        elif w == "-l":
            args["l"] = 0
            if i < len(words) and words[i].isdigit():
                args["l"], i = int(words[i]), i + 1
        elif w.startswith("-") and not _RANGE.match(w):
            raise UsageError("unrecognized arguments: %s" % w)
        else:
            args["range"].append(w)
    return args


def _tail(n):
    """The last n inputs of every session, the running cell excluded (IPython's get_tail)."""
    rows = _weft_kernel.history({"hist_access_type": "tail", "n": n + 1})
    count = get_ipython().execution_count
    if rows and rows[-1][0] == 0 and rows[-1][1] == count:
        return rows[:-1]
    return rows[-n:]


def _extract_ranges(text):
    """IPython's extract_hist_ranges: (session, start, stop) triples; session <= 0 counts back."""
    if text == "":
        yield (0, 1, None)
        return
    for part in text.split():
        m = _RANGE.match(part)
        if not m:
            continue
        start = m.group("start")
        if start:
            start = int(start)
            end = int(m.group("end")) if m.group("end") else start + 1
        elif not m.group("startsess"):
            continue
        else:
            start, end = 1, None
        if m.group("sep") == "-":
            end += 1
        startsess = int((m.group("startsess") or "0").replace("~", "-"))
        endsess = int((m.group("endsess") or m.group("startsess") or "0").replace("~", "-"))
        if endsess == startsess:
            yield (startsess, start, end)
            continue
        yield (startsess, start, None)
        for sess in range(startsess + 1, endsess):
            yield (sess, 1, None)
        yield (endsess, 1, end)


def _get_range(text):
    inputs = get_ipython().In
    for session, start, stop in _extract_ranges(text):
        if session == 0:
            n = len(inputs)
            begin = max(0, start + n) if start < 0 else start
            for i in range(begin, n if stop is None else min(stop, n)):
                yield (0, i, inputs[i])
        else:
            yield from _weft_kernel.history({"hist_access_type": "range", "session": session,
                                             "start": start, "stop": stop or 0})


def range_lines(text):
    """The sources of a history range (for %load)."""
    return [source for _, _, source in _get_range(text)]
