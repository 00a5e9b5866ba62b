"""doctest's examples: option flags, Example, DocTest, DocTestParser and OutputChecker.

doctest re-exports every public name here; this file holds what a docstring is parsed into and
how an example's output is compared, doctest.py how tests are found, run and reported.
"""

import difflib
import re
import threading

# Option flags: each name gets the next power of two, in registration order (as CPython).
# The lock makes "count, then insert" one step, so two threads never get the same bit.
OPTIONFLAGS_BY_NAME = {}
_optionflags_lock = threading.Lock()


def register_optionflag(name):
    """Return the flag for name, creating it if it is new."""
    with _optionflags_lock:
        return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE
                    | ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF
                   | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _indent(s, indent=4):
    """Indent every non-empty line of s."""
    return re.sub('(?m)^(?!$)', indent * ' ', s)


def _ellipsis_match(want, got):
    """True if got matches want, where '...' in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    start, end = len(first), len(got)
    if last:
        if not got.endswith(last):
            return False
        end -= len(last)
    if start > end:
        return False
    # The middle pieces must appear in order; the leftmost match leaves the most room.
    for piece in pieces[1:-1]:
        found = got.find(piece, start, end)
        if found < 0:
            return False
        start = found + len(piece)
    return True


def _strip_exception_details(msg):
    """Keep only the unqualified exception name of an exception message line."""
    start, end = 0, len(msg)
    colon = msg.find(':')
    if colon >= 0:
        end = colon
    dot = msg.rfind('.', 0, end)
    if dot >= 0:
        start = dot + 1
    return msg[start:end]


# ---------------------------------------------------------------------------------------------
# Examples and tests


class Example:
    """One interactive example: source code, the output it should give, and its options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want
                and self.lineno == other.lineno and self.indent == other.indent
                and self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the namespace they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), 'DocTest no longer accepts str; use DocTestParser instead'
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        if n == 0:
            examples = 'no examples'
        elif n == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring
                and self.globs == other.globs and self.name == other.name
                and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def _key(self):
        return (self.name, self.filename or '', -1 if self.lineno is None else self.lineno, id(self))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return self._key() < other._key()


# ---------------------------------------------------------------------------------------------
# Parsing


_PS1 = re.compile(r'( *)>>>')
_PS2 = re.compile(r' *\.\.\.')
_TRACEBACK_HEADER = re.compile(r'Traceback \((?:most recent call last|innermost last)\):\s*$')
_OPTION_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$')


class DocTestParser:
    """Splits a docstring into text and Examples."""

    def parse(self, string, name='<string>'):
        """A list alternating text and Example objects, in the order they appear."""
        string = string.expandtabs()
        lines = string.split('\n')
        indents = [len(l) - len(l.lstrip(' ')) for l in lines if l.strip()]
        min_indent = min(indents) if indents else 0
        if min_indent > 0:
            lines = [l[min_indent:] for l in lines]
        output = []
        text = []
        i = 0
        while i < len(lines):
            m = _PS1.match(lines[i])
            if m is None:
                text.append(lines[i])
                i += 1
                continue
            output.append('\n'.join(text) + '\n' if text else '')
            text = []
            i = self._parse_example(lines, i, len(m.group(1)), name, output)
        output.append('\n'.join(text))
        return output

    def _parse_example(self, lines, start, indent, name, output):
        """Append the Example that starts at lines[start]; return the index after it."""
        source_lines = [lines[start]]
        i = start + 1
        while i < len(lines) and _PS2.match(lines[i]):
            source_lines.append(lines[i])
            i += 1
        want_lines = []
        while i < len(lines) and lines[i].strip() and not _PS1.match(lines[i]):
            want_lines.append(lines[i])
            i += 1
        self._check_prompt_blank(source_lines, indent, start, name)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, start + 1)
        self._check_prefix(want_lines, ' ' * indent, name, start + len(source_lines))
        source = '\n'.join(sl[indent + 4:] for sl in source_lines)
        want = '\n'.join(wl[indent:] for wl in want_lines)
        exc_msg = self._exception_message(want)
        options = self._find_options(source, name, start + 1)
        if not _BLANK_OR_COMMENT.match(source):
            output.append(Example(source, want, exc_msg, lineno=start,
                                  indent=indent, options=options))
        elif options:
            raise ValueError('line %r of the doctest for %s has an option directive on a line '
                             'with no example: %r' % (start, name, source))
        return i

    @staticmethod
    def _exception_message(want):
        """The message lines of an expected traceback, or None if want is no traceback."""
        lines = want.split('\n')
        if not lines or not _TRACEBACK_HEADER.match(lines[0]):
            return None
        for k in range(1, len(lines)):
            if re.match(r'\w', lines[k]):
                return '\n'.join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _OPTION_DIRECTIVE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[:1] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        return options

    @staticmethod
    def _check_prompt_blank(source_lines, indent, lineno, name):
        for k, line in enumerate(source_lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + k + 1, name, line[indent:indent + 3], line))

    @staticmethod
    def _check_prefix(lines, prefix, name, lineno):
        for k, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + k + 1, name, line))

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest of all the examples in string."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Example objects in string."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]


# ---------------------------------------------------------------------------------------------
# Checking output


class OutputChecker:
    """Decides whether an example's actual output matches the expected output."""

    def _to_ascii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        """True if got matches want under optionflags."""
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (('True\n', '1\n'), ('False\n', '0\n')):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        # A diff of one or two lines says less than showing both outputs.
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The part of a failure report that shows the expected and actual output."""
        want = example.want
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'
