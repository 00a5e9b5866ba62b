"""Extract, format and print exceptions and stack traces, as CPython's traceback module."""

import sys
from _collections_abc import Sequence as _Sequence
from _weft_stdlib import format_exception as _format_chain

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()


def _source_line(filename, lineno):
    """The line as the file holds it, indentation included ('' when unknown)."""
    try:
        with open(filename, encoding='utf-8') as f:
            for i, line in enumerate(f, 1):
                if i == lineno:
                    return line
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return ''


class FrameSummary:
    """Information about a single frame of a traceback."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        self.locals = locals
        if lookup_line:
            self.line

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    # CPython reads the positions from the code at tb_lasti; Weft's traceback entries keep them
    while tb is not None:
        positions = tb._weft_positions
        yield tb.tb_frame, positions if positions is not None else (tb.tb_lineno, None, None, None)
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        f = sys._getframe().f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        result = klass()
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None and limit < 0:
            frame_gen = list(frame_gen)[limit:]  # a negative limit keeps the last -limit entries
        for f, lineno in frame_gen:
            if limit is not None and 0 <= limit <= len(result):
                break
            code = f.f_code
            if isinstance(lineno, tuple):  # from _walk_tb_with_full_positions
                lineno, end_lineno, colno, end_colno = lineno
                result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=lookup_lines,
                                           end_lineno=end_lineno, colno=colno, end_colno=end_colno))
            else:
                result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                           lookup_line=lookup_lines))
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line))
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                import _weft_inspect
                carets = _weft_inspect.carets((frame_summary._original_line, frame_summary.lineno,
                                               frame_summary.end_lineno, frame_summary.colno,
                                               frame_summary.end_colno))
                if carets:
                    row.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        # CPython: StackSummary.format collapses a run of more than _RECURSIVE_CUTOFF entries
        # for the same place into "[Previous line repeated N more times]"
        result = []
        last = None
        count = 0
        for fs in self:
            formatted = self.format_frame_summary(fs)
            if formatted is None:
                continue
            place = (fs.filename, fs.lineno, fs.name)
            if last is None or place != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(_repeated(count - _RECURSIVE_CUTOFF))
                last = place
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(formatted)
        if count > _RECURSIVE_CUTOFF:
            result.append(_repeated(count - _RECURSIVE_CUTOFF))
        return result


_RECURSIVE_CUTOFF = 3


def _repeated(count):
    return '  [Previous line repeated {} more time{}]\n'.format(count, 's' if count > 1 else '')


def extract_tb(tb, limit=None):
    return StackSummary.extract(_walk_tb_with_full_positions(tb), limit=limit)


def extract_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_tb(tb, limit=None, file=None):
    _print(format_tb(tb, limit), file)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    _print(format_list(extract_stack(f, limit=limit)), file)


def _print(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end='')


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
        return None, None
    return value, tb


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """The lines (each ending in a newline) that print_exception would print."""
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ['NoneType: None\n']
    if tb is not value.__traceback__:
        value = _with_traceback(value, tb)
    if (limit is None and chain and getattr(sys, 'tracebacklimit', None) is None
            or isinstance(value, BaseExceptionGroup)):
        return _frame_entries(_format_chain(value))
    return _format_limited(value, tb, limit, chain)


def _frame_entries(lines):
    # CPython's list has one string per traceback entry: a frame's "File" line with its source line
    out = []
    for line in lines:
        if (line.startswith('    ') and out and out[-1].startswith('  File "')
                and ', in ' in out[-1].partition('\n')[0]):
            out[-1] += line
        else:
            out.append(line)
    return out


_CAUSE_MESSAGE = '\nThe above exception was the direct cause of the following exception:\n\n'
_CONTEXT_MESSAGE = '\nDuring handling of the above exception, another exception occurred:\n\n'


def _format_limited(value, tb, limit, chain):
    # CPython: TracebackException.format; the limit applies to each traceback of the chain
    chained = [(None, value, tb)]
    seen = {id(value)}
    exc = value
    while chain:
        if exc.__cause__ is not None:
            msg, exc = _CAUSE_MESSAGE, exc.__cause__
        elif exc.__context__ is not None and not exc.__suppress_context__:
            msg, exc = _CONTEXT_MESSAGE, exc.__context__
        else:
            break
        if id(exc) in seen:
            break
        seen.add(id(exc))
        chained.append((msg, exc, exc.__traceback__))
    out = []
    for i in range(len(chained) - 1, -1, -1):
        exc, etb = chained[i][1], chained[i][2]
        stack = extract_tb(etb, limit=limit)
        if stack:
            out.append('Traceback (most recent call last):\n')
            out.extend(stack.format())
        out.extend(format_exception_only(type(exc), exc))
        if i > 0:
            out.append(chained[i][0])  # how this exception led to the next one
    return out


def _with_traceback(value, tb):
    old = value.__traceback__
    value.__traceback__ = tb
    return value


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
        exc = type(value) if value is not None else None
    if value is None and exc is None:
        return ['NoneType: None\n']
    etype = exc if exc is not None else type(value)
    stype = etype.__qualname__
    smod = etype.__module__
    if smod not in ("__main__", "builtins"):
        stype = smod + '.' + stype
    if isinstance(value, SyntaxError) and issubclass(etype, SyntaxError):
        out = list(_format_syntax_error(value, stype))
    else:
        try:
            s = str(value)
        except Exception:
            s = '<exception str() failed>'
        out = ['%s\n' % stype if value is None or not s else '%s: %s\n' % (stype, s)]
    # CPython: TracebackException.format_exception_only (3.11): a str is a Sequence too.
    notes = getattr(value, '__notes__', None)
    if isinstance(notes, _Sequence):
        for note in notes:
            note = _safe_string(note, 'note')
            out.extend(l + '\n' for l in note.split('\n'))
    elif notes is not None:
        out.append(_safe_string(notes, '__notes__', func=repr))
    return out


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


# CPython: TracebackException._format_syntax_error in traceback.py (3.11 layout)
def _format_syntax_error(value, stype):
    filename_suffix = ''
    if value.lineno is not None:
        yield '  File "{}", line {}\n'.format(value.filename or "<string>", value.lineno)
    elif value.filename is not None:
        filename_suffix = ' ({})'.format(value.filename)
    text = value.text
    if text is not None:
        rtext = text.rstrip('\n')
        ltext = rtext.lstrip(' \n\f')
        spaces = len(rtext) - len(ltext)
        yield '    {}\n'.format(ltext)
        if value.offset is not None:
            offset = value.offset
            end_offset = value.end_offset if value.end_offset not in {None, 0} else offset
            if offset == end_offset or end_offset == -1:
                end_offset = offset + 1
            colno = offset - 1 - spaces
            end_colno = end_offset - 1 - spaces
            if colno >= 0:
                caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                yield '    {}{}\n'.format(caretspace, '^' * (end_colno - colno))
    msg = value.msg or "<no detail available>"
    yield "{}: {}{}\n".format(stype, msg, filename_suffix)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    _print(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception captured for later rendering (a thin version of CPython's)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        is_recursive_call = _seen is not None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.exc_type = exc_type
        self._value = exc_value
        self.stack = StackSummary.extract(_walk_tb_with_full_positions(exc_traceback), limit=limit)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._str = _safe_string(exc_value, 'exception') if exc_value is not None else ''
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if not is_recursive_call:
            self._load_chain(limit, lookup_lines, capture_locals, compact, max_group_width,
                             max_group_depth, _seen)

    # CPython: the chain becomes TracebackExceptions through a queue, not recursion; _seen
    # stops at an exception already converted, so a cyclic chain ends
    def _load_chain(self, limit, lookup_lines, capture_locals, compact, max_group_width,
                    max_group_depth, _seen):
        def convert(e):
            return TracebackException(type(e), e, e.__traceback__, limit=limit,
                                      lookup_lines=lookup_lines, capture_locals=capture_locals,
                                      max_group_width=max_group_width,
                                      max_group_depth=max_group_depth, _seen=_seen)
        queue = [(self, self._value)]
        while queue:
            te, e = queue.pop()
            if e is not None and e.__cause__ is not None and id(e.__cause__) not in _seen:
                cause = convert(e.__cause__)
            else:
                cause = None
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            if (e is not None and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                context = convert(e.__context__)
            else:
                context = None
            if e is not None and isinstance(e, BaseExceptionGroup):
                exceptions = [convert(x) for x in e.exceptions]
            else:
                exceptions = None
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                queue.append((cause, e.__cause__))
            if context:
                queue.append((context, e.__context__))
            if exceptions:
                queue.extend(zip(exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    def format_exception_only(self):
        return iter(format_exception_only(self.exc_type, self._value))

    def format(self, *, chain=True):
        return iter(format_exception(self._value, chain=chain))

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented
