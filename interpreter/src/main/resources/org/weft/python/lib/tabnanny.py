"""tabnanny: detection of ambiguous indentation (weft's own implementation of CPython's checker).

An indentation is ambiguous when its meaning depends on the tab size: two lines that should be at
one level are not equal at some tab size, or an indented block is not deeper than the line before
it at every tab size. `python -m tabnanny [-v] [-q] FILE_OR_DIR...` reports the first such line of
each file, with CPython's messages.
"""
import os
import sys
import tokenize

__all__ = ["check", "NannyNag", "process_tokens"]

verbose = 0
filename_only = 0


def errprint(*args):
    sys.stderr.write(" ".join(str(arg) for arg in args))
    sys.stderr.write("\n")


def main():
    import getopt
    global verbose, filename_only
    try:
        opts, args = getopt.getopt(sys.argv[1:], "qv")
    except getopt.error as msg:
        errprint(msg)
        return
    for o, a in opts:
        if o == '-q':
            filename_only = filename_only + 1
        if o == '-v':
            verbose = verbose + 1
    if not args:
        errprint("Usage:", sys.argv[0], "[-v] file_or_directory ...")
        return
    for arg in args:
        check(arg)


class NannyNag(Exception):
    """Raised by process_tokens() at the first ambiguous indentation."""

    def __init__(self, lineno, msg, line):
        self.lineno, self.msg, self.line = lineno, msg, line

    def get_lineno(self):
        return self.lineno

    def get_msg(self):
        return self.msg

    def get_line(self):
        return self.line


def check(file):
    """Check a file, or every .py file of a directory tree, printing what is found."""
    if os.path.isdir(file) and not os.path.islink(file):
        if verbose:
            print("%r: listing directory" % (file,))
        for name in os.listdir(file):
            fullname = os.path.join(file, name)
            if (os.path.isdir(fullname) and not os.path.islink(fullname)
                    or os.path.normcase(name[-3:]) == ".py"):
                check(fullname)
        return
    try:
        f = tokenize.open(file)
    except OSError as msg:
        errprint("%r: I/O Error: %s" % (file, msg))
        return
    if verbose > 1:
        print("checking %r ..." % file)
    try:
        process_tokens(tokenize.generate_tokens(f.readline))
    except tokenize.TokenError as msg:
        errprint("%r: Token Error: %s" % (file, msg))
        return
    except IndentationError as msg:
        errprint("%r: Indentation Error: %s" % (file, msg))
        return
    except NannyNag as nag:
        _report(file, nag)
        return
    finally:
        f.close()
    if verbose:
        print("%r: Clean bill of health." % (file,))


def _report(file, nag):
    if verbose:
        print("%r: *** Line %d: trouble in tab city! ***" % (file, nag.get_lineno()))
        print("offending line: %r" % (nag.get_line(),))
        print(nag.get_msg())
        return
    if ' ' in file:
        file = '"' + file + '"'
    if filename_only:
        print(file)
    else:
        print(file, nag.get_lineno(), repr(nag.get_line()))


class Whitespace:
    """The leading blanks of a line, reduced to what decides its column at every tab size.

    norm is (count, trailing): count[b] is how many tabs follow a run of exactly b spaces (since
    the previous tab), trailing the spaces after the last tab. Two prefixes are at the same column
    for every tab size exactly when their norms are equal."""

    def __init__(self, ws):
        self.raw = ws
        count = []
        run = total = tabs = 0
        for ch in ws:
            if ch == ' ':
                total += 1
                run += 1
            elif ch == '\t':
                total += 1
                tabs += 1
                if run >= len(count):
                    count.extend([0] * (run - len(count) + 1))
                count[run] += 1
                run = 0
            else:
                break
        self.n = total
        self.nt = tabs
        self.norm = tuple(count), run
        self.is_simple = len(count) <= 1

    def longest_run_of_spaces(self):
        count, trailing = self.norm
        return max(len(count) - 1, trailing)

    def indent_level(self, tabsize):
        # A tab after b spaces advances to the next multiple of tabsize: b // tabsize whole stops
        # are swallowed by it, so each tab counts as one stop plus those.
        count, trailing = self.norm
        stops = 0
        for b in range(tabsize, len(count)):
            stops += b // tabsize * count[b]
        return trailing + tabsize * (stops + self.nt)

    def _sizes(self, other):
        return range(1, max(self.longest_run_of_spaces(), other.longest_run_of_spaces()) + 2)

    def equal(self, other):
        return self.norm == other.norm

    def not_equal_witness(self, other):
        return [(ts, self.indent_level(ts), other.indent_level(ts)) for ts in self._sizes(other)
                if self.indent_level(ts) != other.indent_level(ts)]

    def less(self, other):
        if self.n >= other.n:
            return False
        if self.is_simple and other.is_simple:
            return self.nt <= other.nt
        # tab size 1 needs no test: self.n < other.n already says it
        return all(self.indent_level(ts) < other.indent_level(ts) for ts in self._sizes(other) if ts >= 2)

    def not_less_witness(self, other):
        return [(ts, self.indent_level(ts), other.indent_level(ts)) for ts in self._sizes(other)
                if self.indent_level(ts) >= other.indent_level(ts)]


def format_witnesses(w):
    firsts = (str(tup[0]) for tup in w)
    prefix = "at tab size"
    if len(w) > 1:
        prefix = prefix + "s"
    return prefix + " " + ', '.join(firsts)


def process_tokens(tokens):
    """Raise NannyNag at the first line whose indentation is ambiguous."""
    INDENT, DEDENT, NEWLINE = tokenize.INDENT, tokenize.DEDENT, tokenize.NEWLINE
    JUNK = tokenize.COMMENT, tokenize.NL
    indents = [Whitespace("")]
    check_equal = False
    for (type, token, start, end, line) in tokens:
        if type == NEWLINE:
            # the next real token starts a line that must be at the current level
            check_equal = True
        elif type == INDENT:
            check_equal = False
            thisguy = Whitespace(token)
            if not indents[-1].less(thisguy):
                witness = indents[-1].not_less_witness(thisguy)
                raise NannyNag(start[0], "indent not greater e.g. " + format_witnesses(witness), line)
            indents.append(thisguy)
        elif type == DEDENT:
            check_equal = True
            del indents[-1]
        elif check_equal and type not in JUNK:
            check_equal = False
            thisguy = Whitespace(line)
            if not indents[-1].equal(thisguy):
                witness = indents[-1].not_equal_witness(thisguy)
                raise NannyNag(start[0], "indent not equal e.g. " + format_witnesses(witness), line)


if __name__ == '__main__':
    main()
