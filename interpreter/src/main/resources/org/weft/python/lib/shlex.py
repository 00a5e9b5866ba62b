"""A lexer for shell-like syntax (the shlex class), and split, quote and join built on it.

The shlex class reads tokens one character at a time from a stream, as a small state machine:
between tokens, inside a word, inside a run of punctuation characters, inside quotes, or after an
escape character. POSIX mode (posix=True) removes quotes and honours escapes as a POSIX shell
does; compatibility mode keeps quotes in the tokens and has no escapes.

Not thread-safe: one lexer belongs to one reader, as in CPython.
"""

import os
import sys
from collections import deque
from io import StringIO

__all__ = ["shlex", "split", "quote", "join"]

_ASCII_WORDCHARS = ('abcdfeghijklmnopqrstuvwxyz'
                    'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')
# Latin-1 letters count as word characters in POSIX mode
_LATIN1_WORDCHARS = ('ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ'
                     'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ')
_SAFE = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789@%+=:,./-_')


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _ASCII_WORDCHARS + (_LATIN1_WORDCHARS if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = ' '
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            # characters pushed back after a punctuation run, read again before the stream
            self._pushback_chars = deque()
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token onto the stack popped by get_token."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Push an input source onto the lexer's input source stack."""
        if isinstance(newstream, str):
            newstream = StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Pop the input source stack."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = ' '

    def get_token(self):
        """Get a token from the input stream (or from the pushback stack if nonempty)."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self.punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def read_token(self):
        quoted = False
        escapedstate = ' '
        while True:
            nextchar = self._next_char()
            if nextchar == '\n':
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ''
                break
            if state == ' ':
                done = self._between_tokens(nextchar, quoted)
                if done is None:
                    continue
                if done == 'escape':
                    escapedstate = 'a'
                    continue
                break
            if state in self.quotes:
                quoted = True
                if not nextchar:
                    raise ValueError("No closing quotation")
                if nextchar == state:
                    if not self.posix:
                        self.token += nextchar
                        self.state = ' '
                        break
                    self.state = 'a'
                elif self.posix and nextchar in self.escape and state in self.escapedquotes:
                    escapedstate = state
                    self.state = nextchar
                else:
                    self.token += nextchar
                continue
            if state in self.escape:
                if not nextchar:
                    raise ValueError("No escaped character")
                # inside quotes, an escape that escapes nothing special stays in the token
                if escapedstate in self.quotes and nextchar != state and nextchar != escapedstate:
                    self.token += state
                self.token += nextchar
                self.state = escapedstate
                continue
            # state 'a' (a word) or 'c' (a run of punctuation characters)
            done = self._in_word(nextchar, quoted)
            if done is None:
                continue
            if done == 'escape':
                escapedstate = 'a'
                continue
            break
        result = self.token
        self.token = ''
        if self.posix and not quoted and result == '':
            result = None
        return result

    def _between_tokens(self, nextchar, quoted):
        """One character in the whitespace state; None to read on, True to end the token."""
        if not nextchar:
            self.state = None
            return True
        if nextchar in self.whitespace:
            return True if self.token or (self.posix and quoted) else None
        if nextchar in self.commenters:
            self.instream.readline()
            self.lineno += 1
            return None
        if self.posix and nextchar in self.escape:
            self.state = nextchar
            return 'escape'
        if nextchar in self.wordchars:
            self.token = nextchar
            self.state = 'a'
        elif nextchar in self.punctuation_chars:
            self.token = nextchar
            self.state = 'c'
        elif nextchar in self.quotes:
            if not self.posix:
                self.token = nextchar
            self.state = nextchar
        elif self.whitespace_split:
            self.token = nextchar
            self.state = 'a'
        else:
            self.token = nextchar
            return True if self.token or (self.posix and quoted) else None
        return None

    def _in_word(self, nextchar, quoted):
        """One character inside a word or punctuation run; None to read on, True to end it."""
        if not nextchar:
            self.state = None
            return True
        if nextchar in self.whitespace:
            self.state = ' '
            return True if self.token or (self.posix and quoted) else None
        if nextchar in self.commenters:
            self.instream.readline()
            self.lineno += 1
            if self.posix:
                self.state = ' '
                return True if self.token or (self.posix and quoted) else None
            return None
        if self.state == 'c':
            if nextchar in self.punctuation_chars:
                self.token += nextchar
                return None
            if nextchar not in self.whitespace:
                self._pushback_chars.append(nextchar)
            self.state = ' '
            return True
        if self.posix and nextchar in self.quotes:
            self.state = nextchar
            return None
        if self.posix and nextchar in self.escape:
            self.state = nextchar
            return 'escape'
        if (nextchar in self.wordchars or nextchar in self.quotes
                or (self.whitespace_split and nextchar not in self.punctuation_chars)):
            self.token += nextchar
            return None
        if self.punctuation_chars:
            self._pushback_chars.append(nextchar)
        else:
            self.pushback.appendleft(nextchar)
        self.state = ' '
        return True if self.token or (self.posix and quoted) else None

    def sourcehook(self, newfile):
        """Hook called on a filename to be sourced."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not os.path.isabs(newfile):
            newfile = os.path.join(os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """Emit a C-compiler-like, Emacs-friendly error-message leader."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


def quote(s):
    """Return a shell-escaped version of the string s."""
    if not s:
        return "''"
    if all(c in _SAFE for c in s):
        return s
    # single quotes keep everything; a single quote itself is closed, escaped and reopened
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    """Return a shell-escaped string from the list split_command."""
    return ' '.join(quote(arg) for arg in split_command)
