"""Split, quote and join strings following the POSIX shell's quoting rules (the common subset).

split() implements POSIX mode: whitespace separates words, '#' starts a comment only when
comments=True, single quotes keep everything, double quotes honour a backslash only before
'"' and '\\' (as CPython's shlex in POSIX mode), and a backslash outside quotes escapes
the next character.
"""

__all__ = ["split", "quote", "join"]

_WHITESPACE = ' \t\r\n'
_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_')


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("shlex.split(posix=False) is not supported")
    words = []
    word = []
    in_word = False
    i, n = 0, len(s)
    while i < n:
        c = s[i]
        if c in _WHITESPACE:
            if in_word:
                words.append(''.join(word))
                word, in_word = [], False
            i += 1
        elif c == '#' and comments and not in_word:
            j = s.find('\n', i)
            i = n if j < 0 else j
        elif c == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError("No closing quotation")
            word.append(s[i + 1:j])
            in_word = True
            i = j + 1
        elif c == '"':
            i = _double_quoted(s, i + 1, word)
            in_word = True
        elif c == '\\':
            if i + 1 >= n:
                raise ValueError("No escaped character")
            word.append(s[i + 1])
            in_word = True
            i += 2
        else:
            word.append(c)
            in_word = True
            i += 1
    if in_word:
        words.append(''.join(word))
    return words


def _double_quoted(s, i, word):
    n = len(s)
    while i < n:
        c = s[i]
        if c == '"':
            return i + 1
        if c == '\\' and i + 1 < n and s[i + 1] in '"\\':
            word.append(s[i + 1])
            i += 2
            continue
        if c == '\\' and i + 1 >= n:
            break
        word.append(c)
        i += 1
    raise ValueError("No closing quotation")


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from the list split_command."""
    return ' '.join(quote(arg) for arg in split_command)
