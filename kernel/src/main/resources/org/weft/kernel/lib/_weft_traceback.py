"""Tracebacks as IPython 8 shows them in a notebook, without colours, in the mode %xmode chose:
"Context" (the default, below), "Plain" (Python's own shape), "Verbose" (Context with the values
of the arguments and of the names on each failing line) or "Minimal" (the exception line only).

    ---------------------------------------------------------------------------
    ValueError                                Traceback (most recent call last)
    Cell In [2], line 3
          1 def f():
          2     x = 1
    ----> 3     raise ValueError('x')

    ValueError: x

Each list item is one part of the error message's ``traceback`` field, as ipykernel sends it.
Cells are named ``<cell N>`` by the kernel and shown as ``Cell In [N]``.
"""

import _weft_inspect

_RULE = "-" * 75
_CONTEXT = 2   # non-blank lines shown before and after the failing line
MODES = ["Plain", "Context", "Verbose", "Minimal"]   # %xmode's order: no argument steps to the next

# The kernel's one exception reporting mode, set by %xmode on the execution thread and read by
# whichever thread formats an error; a str assignment is atomic, so it needs no lock.
mode = "Context"


def set_mode(name):
    """Sets the reporting mode (any letter case); the next one in MODES when name is empty."""
    global mode
    if not name:
        mode = MODES[(MODES.index(mode) + 1) % len(MODES)]
        return mode
    for m in MODES:
        if m.lower() == name.lower():
            mode = m
            return mode
    raise ValueError("Unrecognized mode in FormattedTB: <%s>\nValid modes: %s" % (name, MODES))


def format_exception(exc):
    from IPython.core.error import UsageError
    if isinstance(exc, UsageError):
        return []  # IPython shows only "UsageError: message" on stderr, no traceback
    if isinstance(exc, SystemExit):
        return ["An exception has occurred, use %tb to see the full traceback.\n",
                _exception_line(exc) + "\n"]
    if isinstance(exc, SyntaxError) and _is_cell(exc.filename):
        return [_syntax_error(exc)]
    current = mode
    parts = []
    for i, (e, note) in enumerate(_chain(exc)):
        if note:
            parts.append(note)
        if current == "Minimal":
            parts.append(_exception_line(e) + "\n")
        elif current == "Plain":
            parts.extend(_plain(e))
        else:
            if i == 0:
                parts.append(_RULE)
            parts.append(type(e).__name__.ljust(42) + "Traceback (most recent call last)")
            for frame, lineno in _user_frames(e.__traceback__):
                parts.append(_frame(frame, lineno, current == "Verbose"))
            parts.append(_exception_line(e))
    return parts


def _plain(e):
    """One exception in Python's own traceback shape, IPython's "Plain" mode."""
    parts = []
    frames = _user_frames(e.__traceback__)
    if frames:
        parts.append("Traceback (most recent call last):\n")
    for frame, lineno in frames:
        code = frame.f_code
        lines = _source_lines(code.co_filename)
        if _is_cell(code.co_filename):
            text = "  Cell In [%s], line %d" % (_cell_number(code.co_filename), lineno)
        else:
            text = "  File %s:%d" % (code.co_filename, lineno)
        if code.co_name != "<module>":
            text += " in " + code.co_name
        text += "\n"
        if lines and 1 <= lineno <= len(lines) and lines[lineno - 1].strip():
            text += "    " + lines[lineno - 1].strip() + "\n"
        parts.append(text)
    parts.append(_exception_line(e) + "\n")
    return parts


def _user_frames(tb):
    """The traceback's (frame, line) pairs, less the machinery of a top-level-await cell.

    Such a cell runs as a coroutine: its last line calls ``_weft_autoawait.run``, which
    re-raises the coroutine's exception.  IPython shows only the cell's own frames there.
    """
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    out = []
    for i, (frame, lineno) in enumerate(entries):
        if _is_autoawait(frame):
            continue
        if i + 1 < len(entries) and _is_autoawait(entries[i + 1][0]):
            continue  # the cell's generated last line, which called run()
        out.append((frame, lineno))
    return out


def _is_autoawait(frame):
    return frame.f_code.co_filename.endswith("_weft_autoawait.py")


def _chain(exc):
    """The exception and its causes/contexts, oldest first, with the sentence between them."""
    out = []
    seen = set()
    note = None
    e = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        out.append((e, note))
        if e.__cause__ is not None:
            note, e = "\nThe above exception was the direct cause of the following exception:\n", e.__cause__
        elif e.__context__ is not None and not e.__suppress_context__:
            note, e = "\nDuring handling of the above exception, another exception occurred:\n", e.__context__
        else:
            e = None
    out.reverse()
    # Each sentence belongs before the exception that follows it in reading order.
    notes = [n for _, n in out]
    return [(e, notes[i - 1] if i else None) for i, (e, _) in enumerate(out)]


def _exception_line(e):
    name = type(e).__name__
    text = str(e)
    return "%s: %s" % (name, text) if text else name


def _is_cell(filename):
    return isinstance(filename, str) and filename.startswith("<cell ") and filename.endswith(">")


def _cell_number(filename):
    # "<cell 3>" is stored cell 3; "<cell 3~2>" a cell run without storing, after cell 3.
    return filename[6:-1].split("~")[0]


def _where(code, lineno, frame=None):
    filename = code.co_filename
    if _is_cell(filename):
        head = "Cell In [%s], line %d" % (_cell_number(filename), lineno)
    else:
        head = "File %s:%d" % (filename, lineno)
    if code.co_name != "<module>":
        args = _args(code) if frame is None else _arg_values(code, frame)
        head += ", in %s(%s)" % (getattr(code, "co_qualname", code.co_name), args)
    return head


def _arg_values(code, frame):
    """Verbose mode's "x=3, *rest=(1,)": each parameter with its current value."""
    values = frame.f_locals
    shown = []
    for name in _args(code).split(", "):
        bare = name.lstrip("*")
        if not bare:
            shown.append(name)
        elif bare in values:
            shown.append("%s=%s" % (name, _short_repr(values[bare])))
        else:
            shown.append(name)
    return ", ".join(shown)


def _short_repr(value):
    try:
        text = repr(value)
    except Exception:
        return "<unprintable %s object>" % type(value).__name__
    return text if len(text) <= 120 else text[:57] + "..." + text[-60:]


def _line_values(frame, line):
    """Verbose mode's "        y = 6" lines: the names on the failing line that have a value,
    first appearance first."""
    import keyword
    import re
    out = []
    seen = set()
    for m in re.finditer(r"(?<![\w.])([A-Za-z_]\w*)(?!\s*=[^=])", line):
        name = m.group(1)
        if name in seen or keyword.iskeyword(name):
            continue
        seen.add(name)
        if name in frame.f_locals:
            value = frame.f_locals[name]
        elif name in frame.f_globals and not callable(frame.f_globals[name]):
            value = frame.f_globals[name]
        else:
            continue
        out.append("        %s = %s\n" % (name, _short_repr(value)))
    return "".join(out)


def _args(code):
    names = list(code.co_varnames)
    n = code.co_argcount + code.co_kwonlyargcount
    shown = names[:code.co_argcount]
    rest = code.co_argcount + code.co_kwonlyargcount
    if code.co_flags & 0x04:
        shown.append("*" + names[rest])
        rest += 1
    elif code.co_kwonlyargcount:
        shown.append("*")
    shown.extend(names[code.co_argcount:n])
    if code.co_flags & 0x08:
        shown.append("**" + names[rest])
    return ", ".join(shown)


def _frame(frame, lineno, verbose=False):
    code = frame.f_code
    lines = _source_lines(code.co_filename)
    text = _where(code, lineno, frame if verbose else None) + "\n"
    if not lines or not (1 <= lineno <= len(lines)):
        return text
    first, last = _scope(code, lines)
    for n in _context(lines, lineno, first, last):
        text += _numbered(n, lines[n - 1], n == lineno)
        if verbose and n == lineno:
            text += _line_values(frame, lines[n - 1])
    return text


def _numbered(n, line, current):
    # IPython: "----> 6 f()" for the failing line, "      2     x = 1" around it: the number
    # right-aligned in 7 columns, the arrow taking the place of the padding.
    number = str(n)
    if current:
        prefix = "-" * max(0, 7 - len(number) - 2) + "> " + number
    else:
        prefix = number.rjust(7)
    return prefix + " " + line.rstrip() + "\n"


def _context(lines, lineno, first, last):
    before, after = [], []
    n = lineno - 1
    while n >= first and len(before) < _CONTEXT:
        if lines[n - 1].strip():
            before.append(n)
        n -= 1
    n = lineno + 1
    while n <= last and len(after) < _CONTEXT:
        if lines[n - 1].strip():
            after.append(n)
        n += 1
    return sorted(before) + [lineno] + after


def _scope(code, lines):
    """The lines of the function the frame runs (all of them for module code)."""
    if code.co_name == "<module>":
        return 1, len(lines)
    first = max(1, code.co_firstlineno)
    while first < len(lines) and lines[first - 1].lstrip().startswith("@"):
        first += 1
    indent = len(lines[first - 1]) - len(lines[first - 1].lstrip())
    last = first
    for n in range(first + 1, len(lines) + 1):
        line = lines[n - 1]
        if line.strip() and len(line) - len(line.lstrip()) <= indent:
            break
        last = n
    return first, last


def _source_lines(filename):
    text = _weft_inspect.source(filename)
    if text is None:
        try:
            with open(filename, encoding="utf-8") as f:
                text = f.read()
        except (OSError, ValueError):
            return None
    return text.splitlines()


def _syntax_error(e):
    lines = ["  Cell In [%s], line %s\n" % (_cell_number(e.filename), e.lineno)]
    if e.text:
        text = e.text.rstrip("\n")
        stripped = text.lstrip()
        lines.append("    " + stripped + "\n")
        if e.offset:
            col = max(0, e.offset - 1 - (len(text) - len(stripped)))
            end = getattr(e, "end_offset", None)
            width = 1
            if end and e.end_lineno == e.lineno and end > e.offset:
                width = end - e.offset
            lines.append("    " + " " * col + "^" * width + "\n")
    lines.append("%s: %s\n" % (type(e).__name__, e.msg))
    return "".join(lines)
