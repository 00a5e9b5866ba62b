"""Weft's readline: the history list, completer settings and hooks of GNU readline's Python
interface, for programs that import and configure it. Weft reads input lines from a stream, never
from a terminal under GNU readline's control, so no line editing takes place and the completer
and hooks are stored but never called: exactly what CPython does when stdin is not a terminal."""

import operator
import os
import threading

__all__ = []  # as CPython's: the module is used through its attributes

# Versions of the GNU readline whose behaviour this module follows (8.2).
_READLINE_VERSION = 0x0802
_READLINE_RUNTIME_VERSION = 0x0802
_READLINE_LIBRARY_VERSION = '8.2'

_DEFAULT_DELIMS = ' \t\n`~!@#$%^&*()-=+[{]}\\|;:\'",<>/?'

# Shared by every thread, as the C library's state is; one lock keeps the history consistent.
_lock = threading.Lock()
_history = []
_history_length = -1
_line_buffer = ''
_completer = None
_completer_delims = _DEFAULT_DELIMS
_startup_hook = None
_pre_input_hook = None
_display_matches_hook = None
_auto_history = True


def _text(value):
    if not isinstance(value, str):
        raise TypeError('bad argument type for built-in operation')
    if '\0' in value:
        raise ValueError('embedded null character')
    return value


def _int(value):
    value = operator.index(value)
    if not -2**31 <= value < 2**31:
        raise OverflowError('Python int too large to convert to C int')
    return value


def _callable(value, name):
    if value is not None and not callable(value):
        raise TypeError('%s(func): argument not callable' % name)
    return value


def _history_file(filename):
    return os.path.expanduser('~/.history') if filename is None else os.fsdecode(filename)


def _os_error(e):
    # CPython reports the C library's errno alone, without the file name
    raise OSError(e.errno, os.strerror(e.errno)) from None


def parse_and_bind(string):
    """Execute the init line provided in the string argument."""
    _text(string)


def read_init_file(filename=None):
    """Execute a readline initialization file.

    The default filename is the last filename used."""
    path = os.path.expanduser('~/.inputrc') if filename is None else os.fsdecode(filename)
    try:
        with open(path, 'rb'):
            pass
    except OSError as e:
        if filename is not None:
            _os_error(e)


def insert_text(string):
    """Insert text into the line buffer at the cursor position."""
    global _line_buffer
    _line_buffer += _text(string)


def get_line_buffer():
    """Return the current contents of the line buffer."""
    return _line_buffer


def redisplay():
    """Change what's displayed on the screen to reflect contents of the line buffer."""


def read_history_file(filename=None):
    """Load a readline history file.

    The default filename is ~/.history."""
    try:
        with open(_history_file(filename), encoding='utf-8', errors='surrogateescape') as f:
            lines = f.read().splitlines()
    except OSError as e:
        _os_error(e)
    with _lock:
        _history.extend(lines)


def _write(filename, lines, mode):
    try:
        with open(_history_file(filename), mode, encoding='utf-8', errors='surrogateescape') as f:
            for line in lines:
                f.write(line + '\n')
    except OSError as e:
        _os_error(e)


def write_history_file(filename=None):
    """Save a readline history file.

    The default filename is ~/.history."""
    with _lock:
        lines = list(_history)
    if _history_length >= 0:
        lines = lines[len(lines) - _history_length:] if _history_length else []
    _write(filename, lines, 'w')


def append_history_file(nelements, filename=None):
    """Append the last nelements items of the history list to file.

    The default filename is ~/.history."""
    n = _int(nelements)
    with _lock:
        lines = _history[max(0, len(_history) - n):] if n > 0 else []
    _write(filename, lines, 'a')


def set_history_length(length):
    """Set the maximal number of lines which will be written to the history file.

    A negative length is used to inhibit history truncation."""
    global _history_length
    _history_length = _int(length)


def get_history_length():
    """Return the maximum number of lines that will be written to the history file."""
    return _history_length


def get_current_history_length():
    """Return the current (not the maximum) length of history."""
    return len(_history)


def get_history_item(index):
    """Return the current contents of history item at one-based index."""
    i = _int(index)
    with _lock:
        return _history[i - 1] if 1 <= i <= len(_history) else None


def _position(pos):
    i = _int(pos)
    if i < 0:
        raise ValueError('History index cannot be negative')
    if i >= len(_history):
        raise ValueError('No history item at position %d' % i)
    return i


def remove_history_item(pos):
    """Remove history item given by its zero-based position."""
    with _lock:
        del _history[_position(pos)]


def replace_history_item(pos, line):
    """Replaces history item given by its position with contents of line.

    pos is zero-based."""
    if not isinstance(line, str):
        raise TypeError('replace_history_item() argument 2 must be str, not %s' % type(line).__name__)
    with _lock:
        _history[_position(pos)] = _text(line)


def add_history(string):
    """Add an item to the history buffer."""
    line = _text(string)
    with _lock:
        _history.append(line)


def clear_history():
    """Clear the current readline history."""
    with _lock:
        _history.clear()


def set_auto_history(enabled):
    """Enables or disables automatic history."""
    global _auto_history
    _auto_history = bool(enabled)


def set_completer(function=None):
    """Set or remove the completer function.

    The function is called as function(text, state),
    for state in 0, 1, 2, ..., until it returns a non-string.
    It should return the next possible completion starting with 'text'."""
    global _completer
    _completer = _callable(function, 'set_completer')


def get_completer():
    """Get the current completer function."""
    return _completer


def get_completion_type():
    """Get the type of completion being attempted."""
    return 0


def get_begidx():
    """Get the beginning index of the completion scope."""
    return 0


def get_endidx():
    """Get the ending index of the completion scope."""
    return 0


def set_completer_delims(string):
    """Set the word delimiters for completion."""
    global _completer_delims
    _completer_delims = _text(string)


def get_completer_delims():
    """Get the word delimiters for completion."""
    return _completer_delims


def set_completion_display_matches_hook(function=None):
    """Set or remove the completion display function.

    The function is called as
      function(substitution, [matches], longest_match_length)
    once each time matches need to be displayed."""
    global _display_matches_hook
    _display_matches_hook = _callable(function, 'set_completion_display_matches_hook')


def set_startup_hook(function=None):
    """Set or remove the function invoked by the rl_startup_hook callback.

    The function is called with no arguments just
    before readline prints the first prompt."""
    global _startup_hook
    _startup_hook = _callable(function, 'set_startup_hook')


def set_pre_input_hook(function=None):
    """Set or remove the function invoked by the rl_pre_input_hook callback.

    The function is called with no arguments after the first prompt
    has been printed and just before readline starts reading input
    characters."""
    global _pre_input_hook
    _pre_input_hook = _callable(function, 'set_pre_input_hook')
