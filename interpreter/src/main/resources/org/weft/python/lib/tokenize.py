"""Tokenization of Python source, as CPython 3.11's tokenize module reports it.

generate_tokens(readline) reads str lines; tokenize(readline) reads bytes, detects the source
encoding (BOM or coding cookie, PEP 263) and reports it first as an ENCODING token. Each token
is a TokenInfo(type, string, start, end, line); positions are (row, column) with 1-based rows
and 0-based columns counted in characters. Operators are reported as OP; TokenInfo.exact_type
gives the specific type.
"""

import collections
import re
import sys
from token import *
from token import EXACT_TOKEN_TYPES

import token as _token
__all__ = _token.__all__ + ['tokenize', 'generate_tokens', 'detect_encoding', 'untokenize',
                            'TokenInfo']

BOM_UTF8 = b'\xef\xbb\xbf'


def lookup(encoding):
    """Raise LookupError when Python has no codec named encoding (codecs.lookup's check)."""
    ''.encode(encoding)


cookie_re = re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', re.ASCII)
blank_re = re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', re.ASCII)
tabsize = 8


class TokenInfo(collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        annotated_type = '%d (%s)' % (self.type, tok_name[self.type])
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % self._replace(type=annotated_type))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


# ---- the token patterns (the lexical grammar of the language reference) ---------------------

def _prefixes():
    """Every string prefix in every mix of upper and lower case, '' included."""
    out = {''}
    for prefix in ('b', 'r', 'u', 'f', 'br', 'fr'):
        for ordering in {prefix, prefix[::-1]}:
            variants = ['']
            for c in ordering:
                variants = [v + x for v in variants for x in (c, c.upper())]
            out.update(variants)
    return out


_PREFIXES = _prefixes()
_PREFIX = '(?:' + '|'.join(sorted((re.escape(p) for p in _PREFIXES), key=len, reverse=True)) + ')'

_DIGITS = r'[0-9](?:_?[0-9])*'
_EXPONENT = r'[eE][-+]?' + _DIGITS
_POINT_FLOAT = r'(?:' + _DIGITS + r'\.(?:' + _DIGITS + r')?|\.' + _DIGITS + r')(?:' + _EXPONENT + r')?'
_FLOAT = r'(?:' + _POINT_FLOAT + '|' + _DIGITS + _EXPONENT + ')'
_INT = (r'(?:0[xX](?:_?[0-9a-fA-F])+|0[bB](?:_?[01])+|0[oO](?:_?[0-7])+'
        r'|0(?:_?0)*|[1-9](?:_?[0-9])*)')
_NUMBER = r'(?:' + _DIGITS + r'[jJ]|' + _FLOAT + r'[jJ]|' + _FLOAT + '|' + _INT + ')'
_OPERATORS = '|'.join(re.escape(op) for op in sorted(EXACT_TOKEN_TYPES, key=len, reverse=True))
# A one-line string, or the start of one continued with a backslash at the end of the line.
_SHORT_STRING = (_PREFIX + r"(?:'[^\n'\\]*(?:\\.[^\n'\\]*)*(?:'|\\\r?\n)"
                 r'|"[^\n"\\]*(?:\\.[^\n"\\]*)*(?:"|\\\r?\n))')
_TRIPLE_START = _PREFIX + r"(?:'''|\"\"\")"
_PSEUDO = re.compile(r'[ \f\t]*(' + '|'.join([
    r'\\\r?\n|\Z', r'#[^\r\n]*', _TRIPLE_START, _NUMBER, r'\r?\n', _OPERATORS, _SHORT_STRING, r'\w+',
]) + ')', re.UNICODE)

# What ends a string begun by each quote (the rest of its text, through the closing quote).
_ENDS = {
    "'": re.compile(r"[^'\\]*(?:\\.[^'\\]*)*'", re.DOTALL),
    '"': re.compile(r'[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL),
    "'''": re.compile(r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''", re.DOTALL),
    '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""', re.DOTALL),
}


def _quote_of(token):
    """The opening quote of a string token (after its prefix)."""
    body = token.lstrip('bBrRuUfF')
    return body[:3] if body[:3] in ('"""', "'''") else body[:1]


# ---- the tokenizer ------------------------------------------------------------------------

class _Tokenizer:
    """One run over the lines that readline gives; state is per run, nothing is shared."""

    def __init__(self, readline):
        self.readline = readline
        self.row = 0
        self.depth = 0            # open brackets
        self.indents = [0]
        self.continued = False    # the previous line ended with a backslash
        self.pending = None       # (start, text so far, line(s) so far, end pattern) of a string
        self.last_line = ''

    def next_line(self):
        try:
            line = self.readline()
        except StopIteration:
            line = ''
        if isinstance(line, bytes):
            raise TypeError("readline() returned bytes; use tokenize() for bytes input")
        self.row += 1
        return line

    def run(self):
        while True:
            line = self.next_line()
            if line:
                self.last_line = line
            pos = 0
            if self.pending:
                if not line:
                    raise TokenError('EOF in multi-line string', self.pending[0])
                finished = self.pending[3].match(line)
                start, text, lines, end = self.pending
                if not finished:
                    self.pending = (start, text + line, lines + line, end)
                    continue
                pos = finished.end()
                yield TokenInfo(STRING, text + line[:pos], start, (self.row, pos), lines + line)
                self.pending = None
            elif self.depth == 0 and not self.continued:
                if not line:
                    break
                pos, column = self.indentation(line)
                if pos == len(line):
                    break
                if line[pos] in '#\r\n':
                    yield from self.blank_line(line, pos)
                    continue
                yield from self.indent_tokens(line, pos, column)
            else:
                if not line:
                    raise TokenError('EOF in multi-line statement', (self.row, 0))
                self.continued = False
            yield from self.line_tokens(line, pos)
        yield from self.finish()

    def indentation(self, line):
        pos = column = 0
        while pos < len(line):
            c = line[pos]
            if c == ' ':
                column += 1
            elif c == '\t':
                column = (column // tabsize + 1) * tabsize
            elif c == '\f':
                column = 0
            else:
                break
            pos += 1
        return pos, column

    def blank_line(self, line, pos):
        if line[pos] == '#':
            comment = line[pos:].rstrip('\r\n')
            yield TokenInfo(COMMENT, comment, (self.row, pos), (self.row, pos + len(comment)), line)
            pos += len(comment)
        yield TokenInfo(NL, line[pos:], (self.row, pos), (self.row, len(line)), line)

    def indent_tokens(self, line, pos, column):
        if column > self.indents[-1]:
            self.indents.append(column)
            yield TokenInfo(INDENT, line[:pos], (self.row, 0), (self.row, pos), line)
        while column < self.indents[-1]:
            if column not in self.indents:
                raise IndentationError('unindent does not match any outer indentation level',
                                       ('<tokenize>', self.row, pos, line))
            self.indents.pop()
            yield TokenInfo(DEDENT, '', (self.row, pos), (self.row, pos), line)

    def line_tokens(self, line, pos):
        row = self.row
        while pos < len(line):
            match = _PSEUDO.match(line, pos)
            if not match or match.start(1) == match.end(1) and match.end(1) < len(line):
                yield TokenInfo(ERRORTOKEN, line[pos], (row, pos), (row, pos + 1), line)
                pos += 1
                continue
            start, end = match.span(1)
            pos = end
            if start == end:
                continue
            token = line[start:end]
            first = token[0]
            if first in '0123456789' or (first == '.' and token not in ('.', '...')):
                yield TokenInfo(NUMBER, token, (row, start), (row, end), line)
            elif first in '\r\n':
                yield TokenInfo(NL if self.depth > 0 else NEWLINE, token, (row, start), (row, end), line)
            elif first == '#':
                yield TokenInfo(COMMENT, token, (row, start), (row, end), line)
            elif first == '\\':
                self.continued = True
            elif token[-1] in '\'"' or token.endswith('\n') and _quote_of(token)[:1] in ('"', "'"):
                quote = _quote_of(token)
                if len(quote) == 3:
                    finished = _ENDS[quote].match(line, pos)
                    if not finished:
                        self.pending = ((row, start), line[start:], line, _ENDS[quote])
                        return
                    pos = finished.end()
                    yield TokenInfo(STRING, line[start:pos], (row, start), (row, pos), line)
                elif token.endswith('\n'):
                    self.pending = ((row, start), line[start:], line, _ENDS[quote])
                    return
                else:
                    yield TokenInfo(STRING, token, (row, start), (row, end), line)
            elif first.isidentifier():
                yield TokenInfo(NAME, token, (row, start), (row, end), line)
            else:
                if first in '([{':
                    self.depth += 1
                elif first in ')]}':
                    self.depth -= 1
                yield TokenInfo(OP, token, (row, start), (row, end), line)

    def finish(self):
        last = self.last_line
        if last and last[-1] not in '\r\n' and not last.strip().startswith('#'):
            yield TokenInfo(NEWLINE, '', (self.row - 1, len(last)), (self.row - 1, len(last) + 1), '')
        for _ in self.indents[1:]:
            yield TokenInfo(DEDENT, '', (self.row, 0), (self.row, 0), '')
        yield TokenInfo(ENDMARKER, '', (self.row, 0), (self.row, 0), '')


def generate_tokens(readline):
    """Tokenize str source: readline returns one line (str) per call, '' at the end."""
    return _Tokenizer(readline).run()


def tokenize(readline):
    """Tokenize bytes source: readline returns one line (bytes) per call, b'' at the end.
    The first token is ENCODING, the detected source encoding."""
    encoding, consumed = detect_encoding(readline)
    replay = iter(consumed)

    def lines():
        for line in replay:
            yield line
        while True:
            try:
                line = readline()
            except StopIteration:
                return
            if not line:
                return
            yield line

    source_lines = lines()

    if encoding == 'utf-8-sig':
        encoding = 'utf-8'      # detect_encoding already dropped the BOM from the first line

    def decoded_readline():
        return next(source_lines, b'').decode(encoding)

    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _Tokenizer(decoded_readline).run()


# ---- source encoding (PEP 263) --------------------------------------------------------------

def _normal_name(name):
    """utf-8 and latin-1 under their canonical names, as CPython's tokenizer.c get_normal_name."""
    short = name[:12].lower().replace('_', '-')
    if short == 'utf-8' or short.startswith('utf-8-'):
        return 'utf-8'
    if short in ('latin-1', 'iso-8859-1', 'iso-latin-1') or short.startswith(
            ('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """The encoding of a Python source file and the (at most two) lines read to find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom = False
    default = 'utf-8'

    def read():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            message = 'invalid or missing encoding declaration'
            if filename is not None:
                message = f'{message} for {filename!r}'
            raise SyntaxError(message)
        match = cookie_re.match(text)
        if not match:
            return None
        encoding = _normal_name(match.group(1))
        try:
            lookup(encoding)
        except LookupError:
            message = f'unknown encoding: {encoding}' if filename is None else \
                f'unknown encoding for {filename!r}: {encoding}'
            raise SyntaxError(message)
        if bom:
            if encoding != 'utf-8':
                message = 'encoding problem: utf-8' if filename is None else \
                    f'encoding problem for {filename!r}: utf-8'
                raise SyntaxError(message)
            encoding += '-sig'
        return encoding

    first = read()
    if first.startswith(BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    found = cookie(first)
    if found:
        return found, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read()
    if not second:
        return default, [first]
    found = cookie(second)
    if found:
        return found, [first, second]
    return default, [first, second]


def open(filename):
    """Open a Python source file in text mode with the encoding detect_encoding finds."""
    import builtins
    buffer = builtins.open(filename, 'rb')
    try:
        encoding, _ = detect_encoding(buffer.readline)
    finally:
        buffer.close()
    if encoding != 'utf-8-sig':
        return builtins.open(filename, 'r', encoding=encoding)
    # 'utf-8' and a skipped BOM: the same text as the utf-8-sig codec gives.
    text = builtins.open(filename, 'r', encoding='utf-8')
    if text.read(1) != '\ufeff':
        text.seek(0)
    return text


# ---- untokenize -----------------------------------------------------------------------------

def untokenize(iterable):
    """Source text from tokens. With full 5-tuples the positions are honoured, so tokenize's
    own output comes back exactly; with (type, string) pairs the spacing is approximate.
    Returns bytes when the tokens begin with ENCODING."""
    writer = _Untokenizer()
    text = writer.run(iter(iterable))
    if writer.encoding is not None:
        return text.encode(writer.encoding)
    return text


class _Untokenizer:
    def __init__(self):
        self.out = []
        self.encoding = None
        self.row, self.col = 1, 0
        # (type, string) mode: indentation strings, and whether a line has just begun.
        self.indents = []
        self.line_start = False
        self.previous_string = False

    def run(self, tokens):
        for token in tokens:
            if len(token) == 2:
                self.compat(token, tokens)
                break
            kind, text, start, end, line = token
            if kind == ENCODING:
                self.encoding = text
                continue
            if kind == ENDMARKER:
                break
            # Indentation is written as the INDENT token's own text at the start of each line
            # of the block (so tabs stay tabs), not from the INDENT's position.
            if kind == INDENT:
                self.indents.append(text)
                continue
            if kind == DEDENT:
                self.indents.pop()
                self.row, self.col = end
                continue
            if kind in (NEWLINE, NL):
                self.line_start = True
            elif self.line_start and self.indents:
                if start[1] >= len(self.indents[-1]):
                    self.out.append(self.indents[-1])
                    self.col = len(self.indents[-1])
                self.line_start = False
            self.advance(start)
            self.out.append(text)
            self.row, self.col = end
            if kind in (NEWLINE, NL):
                self.row += 1
                self.col = 0
        return ''.join(self.out)

    def advance(self, start):
        row, col = start
        if row < self.row or (row == self.row and col < self.col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'.format(row, col, self.row, self.col))
        if row > self.row:
            self.out.append('\\\n' * (row - self.row))
            self.col = 0
        if col > self.col:
            self.out.append(' ' * (col - self.col))

    def compat(self, token, rest):
        self.compat_one(token)
        for token in rest:
            self.compat_one(token)

    def compat_one(self, token):
        kind, text = token[:2]
        if kind == ENCODING:
            self.encoding = text
            return
        if kind in (NAME, NUMBER):
            text += ' '
        if kind == STRING:
            if self.previous_string:
                text = ' ' + text
            self.previous_string = True
        else:
            self.previous_string = False
        if kind == INDENT:
            self.indents.append(text)
            return
        if kind == DEDENT:
            self.indents.pop()
            return
        if kind in (NEWLINE, NL):
            self.line_start = True
        elif self.line_start and self.indents:
            self.out.append(self.indents[-1])
            self.line_start = False
        self.out.append(text)


def _generate_tokens_from_c_tokenizer(source, extra_tokens=False):
    return generate_tokens(iter(source.splitlines(keepends=True)).__next__)


def main():
    """python -m tokenize [-e] [filename]: print each token's range, type and text."""
    import argparse
    parser = argparse.ArgumentParser(prog='python -m tokenize')
    parser.add_argument(dest='filename', nargs='?', metavar='filename.py',
                        help='the file to tokenize; defaults to stdin')
    parser.add_argument('-e', '--exact', dest='exact', action='store_true',
                        help='display token names using the exact type')
    args = parser.parse_args()
    try:
        if args.filename:
            filename = args.filename
            import builtins
            with builtins.open(filename, 'rb') as f:
                tokens = list(tokenize(f.readline))
        else:
            filename = '<stdin>'
            tokens = list(generate_tokens(sys.stdin.readline))
        for token in tokens:
            token_type = token.exact_type if args.exact else token.type
            token_range = '%d,%d-%d,%d:' % (token.start + token.end)
            print('%-20s%-15s%-15r' % (token_range, tok_name[token_type], token.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        sys.stderr.write(f'{filename}:{line}:{column}: error: {err.args[0]}\n')
        sys.exit(1)
    except TokenError as err:
        line, column = err.args[1]
        sys.stderr.write(f'{filename}:{line}:{column}: error: {err.args[0]}\n')
        sys.exit(1)
    except OSError as err:
        sys.stderr.write(f'error: {err}\n')
        sys.exit(1)
    except KeyboardInterrupt:
        print('interrupted\n')


if __name__ == '__main__':
    main()
