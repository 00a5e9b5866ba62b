"""CSV reading and writing: reader, writer, DictReader, DictWriter, dialects and Sniffer.

The parser is a small state machine over each physical line (CPython: parse_process_char in
_csv.c); a quoted field may span lines, so the reader pulls more lines from its source while a
quote is open. Thread safety: the dialect registry is a dict whose single-key operations are
atomic; readers and writers are not shared objects (as in CPython).
"""

import re as _re
from io import StringIO as _StringIO

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect",
           "excel", "excel_tab", "unix_dialect", "reader", "writer", "register_dialect",
           "get_dialect", "list_dialects", "unregister_dialect", "field_size_limit",
           "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = [128 * 1024]


class Error(Exception):
    pass


class Dialect:
    """Describe a CSV dialect; subclass and set the attributes."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Params(self)


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _Params:
    """The resolved, checked parameters of a dialect plus keyword overrides."""

    _NAMES = ('delimiter', 'quotechar', 'escapechar', 'doublequote', 'skipinitialspace',
              'lineterminator', 'quoting', 'strict')

    def __init__(self, dialect=None, **kwargs):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in self._NAMES:
            if name in kwargs:
                value = kwargs.pop(name)
            elif dialect is not None and hasattr(dialect, name):
                value = getattr(dialect, name)
            else:
                value = '"' if name == 'quotechar' else None
            setattr(self, name, value)
        if kwargs:
            name = next(iter(kwargs))
            raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        self._defaults()
        self._check()

    def _defaults(self):
        if self.delimiter is None:
            self.delimiter = ','
        if self.doublequote is None:
            self.doublequote = True
        if self.skipinitialspace is None:
            self.skipinitialspace = False
        if self.lineterminator is None:
            self.lineterminator = '\r\n'
        if self.quoting is None:
            self.quoting = QUOTE_MINIMAL
        if self.strict is None:
            self.strict = False

    def _check(self):
        # CPython: dialect_new in _csv.c (messages word for word)
        if not isinstance(self.delimiter, str):
            raise TypeError('"delimiter" must be string, not %s' % type(self.delimiter).__name__)
        if len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is not None and not isinstance(self.quotechar, str):
            raise TypeError('"quotechar" must be string or None, not %s' % type(self.quotechar).__name__)
        if self.quotechar is not None and len(self.quotechar) != 1:
            raise TypeError('"quotechar" must be a 1-character string')
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')


def register_dialect(name, dialect=None, **kwargs):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect, **kwargs)


def unregister_dialect(name):
    if _dialects.pop(name, None) is None:
        raise Error("unknown dialect")


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit[0] = args[0]
    return old


# Parser states (CPython: ParserState in _csv.c).
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD, \
    _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL, _AFTER_ESCAPED_CRNL = range(9)
_EOL = None
_END = object()      # next(self._it, _END): the lines ran out


class _Reader:
    """Iterator over rows (lists of str) of a CSV source."""

    def __init__(self, f, dialect='excel', **kwargs):
        self._it = iter(f)
        self.dialect = _Params(dialect, **kwargs)
        self.line_num = 0
        d = self.dialect
        # A line holding none of these splits on the delimiter exactly as the state machine
        # would parse it (no quoting, escaping or skipped spaces to handle).
        self._specials = tuple(c for c in (d.quotechar, d.escapechar, ' ' if d.skipinitialspace else None)
                               if c)
        self._plain_ok = d.quoting != QUOTE_NONNUMERIC

    def __iter__(self):
        return self

    def __next__(self):
        # CPython: Reader_iternext in _csv.c
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            line = next(self._it, _END)
            if line is _END:
                # outside an except block: the error has no StopIteration as its context (C in CPython)
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save()
                    break
                raise StopIteration
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened "
                            "in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._plain_ok:
                fields = self._split_plain(line)
                if fields is not None:
                    return fields
            for c in line:
                self._char(c)
            self._char(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _split_plain(self, line):
        # The fast path of __next__: a whole record on one line with nothing to unquote.
        # None sends the line through the state machine (which also raises its errors).
        body = line[:-1] if line.endswith('\n') else line
        if body.endswith('\r'):
            body = body[:-1]
        if not body or '\r' in body or '\n' in body:
            return None
        for c in self._specials:
            if c in body:
                return None
        fields = body.split(self.dialect.delimiter)
        limit = _field_limit[0]
        if len(body) > limit and any(len(f) > limit for f in fields):
            return None
        return fields

    def _save(self):
        s = ''.join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            s = float(s)
        self._fields.append(s)

    def _add(self, c):
        if len(self._field) >= _field_limit[0]:
            raise Error("field larger than field limit (%d)" % _field_limit[0])
        self._field.append(c)

    def _char(self, c):
        # CPython: parse_process_char in _csv.c
        d = self.dialect
        st = self._state
        if st == _START_RECORD:
            if c is _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            st = self._state = _START_FIELD
        if st == _START_FIELD:
            if c is _EOL or c == '\n' or c == '\r':
                self._save()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif st == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            self._add('\n' if c is _EOL else c)
            self._state = _IN_FIELD
        elif st == _AFTER_ESCAPED_CRNL:
            if c is not _EOL:
                self._state = _IN_FIELD
                self._in_field(c, d)
        elif st == _IN_FIELD:
            self._in_field(c, d)
        elif st == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif st == _ESCAPE_IN_QUOTED_FIELD:
            self._add('\n' if c is _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif st == _QUOTE_IN_QUOTED_FIELD:
            self._quote_in_quoted(c, d)
        elif st == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open "
                            "the file in universal-newline mode?")

    def _in_field(self, c, d):
        if c is _EOL or c == '\n' or c == '\r':
            self._save()
            self._state = _START_RECORD if c is _EOL else _EAT_CRNL
        elif c == d.escapechar:
            self._state = _ESCAPED_CHAR
        elif c == d.delimiter:
            self._save()
            self._state = _START_FIELD
        else:
            self._add(c)

    def _quote_in_quoted(self, c, d):
        if d.quoting != QUOTE_NONE and c == d.quotechar:
            self._add(c)
            self._state = _IN_QUOTED_FIELD
        elif c == d.delimiter:
            self._save()
            self._state = _START_FIELD
        elif c is _EOL or c == '\n' or c == '\r':
            self._save()
            self._state = _START_RECORD if c is _EOL else _EAT_CRNL
        elif not d.strict:
            self._add(c)
            self._state = _IN_FIELD
        else:
            raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))


def reader(csvfile, dialect='excel', **fmtparams):
    """Return a reader that iterates over the rows (lists of str) of csvfile."""
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    """Writes rows to a file-like object with a write() method."""

    def __init__(self, f, dialect='excel', **kwargs):
        try:
            self._write = f.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method')
        self.dialect = _Params(dialect, **kwargs)
        d = self.dialect
        # A field holding none of these is written as it is (or just wrapped in quotes).
        self._specials = tuple(c for c in (d.delimiter, d.escapechar, d.quotechar) if c) + tuple(d.lineterminator)

    def writerow(self, row):
        try:
            items = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        d = self.dialect
        parts = [self._field(x, d) for x in items]
        if len(parts) == 1 and parts[0] == '':
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar * 2
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)

    def _field(self, x, d):
        # CPython: join_append_data in _csv.c
        if x is None:
            s = ''
            quoted = d.quoting in (QUOTE_ALL, QUOTE_NONNUMERIC)
        else:
            s = repr(x) if isinstance(x, float) else str(x)
            quoted = d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not _is_number(x))
        for c in self._specials:
            if c in s:
                break
        else:
            return d.quotechar + s + d.quotechar if quoted else s
        out = []
        for c in s:
            want_escape = False
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if not d.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        s = ''.join(out)
        return d.quotechar + s + d.quotechar if quoted else s


def _is_number(x):
    return isinstance(x, (int, float, complex)) or hasattr(type(x), '__float__') or hasattr(type(x), '__index__')


def writer(csvfile, dialect='excel', **fmtparams):
    """Return a writer that formats rows as CSV onto csvfile."""
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    """Read rows as dicts keyed by fieldnames (the first row by default)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Write dicts as rows, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guess a CSV dialect (delimiter, quote character, doublequote, skipinitialspace) from a
    sample, and whether its first row is a header."""

    # Quoted fields are looked for in four contexts, most telling first: between delimiters,
    # at a line start before a delimiter, after a delimiter at a line end, alone on a line.
    _QUOTED_FIELD_PATTERNS = (
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    )

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """Returns a dialect (or None) corresponding to the sample."""
        quotechar, doublequote, delimiter, skipinitialspace = \
            self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    def _guess_quote_and_delimiter(self, data, delimiters):
        """From quoted fields: (quotechar, doublequote, delimiter, skipinitialspace)."""
        for pattern in self._QUOTED_FIELD_PATTERNS:
            regexp = _re.compile(pattern, _re.DOTALL | _re.MULTILINE)
            found = list(regexp.finditer(data))
            if found:
                break
        else:
            return ('', False, None, 0)
        quote_counts = {}
        delim_counts = {}
        spaced = 0
        names = regexp.groupindex
        for m in found:
            q = m.group('quote')
            if q:
                quote_counts[q] = quote_counts.get(q, 0) + 1
            if 'delim' not in names:
                continue
            d = m.group('delim')
            if d and (delimiters is None or d in delimiters):
                delim_counts[d] = delim_counts.get(d, 0) + 1
            if 'space' in names and m.group('space'):
                spaced += 1
        quotechar = max(quote_counts, key=quote_counts.get)
        if delim_counts:
            delim = max(delim_counts, key=delim_counts.get)
            skipinitialspace = delim_counts[delim] == spaced
            if delim == '\n':  # a field alone on its line says nothing of the delimiter
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # a quote inside a quoted field (three quotes between delimiters) means doubled quotes
        d, q = _re.escape(delim), quotechar
        doubled = _re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, q, d, q, d, q, d),
                              _re.MULTILINE)
        return (quotechar, bool(doubled.search(data)), delim, skipinitialspace)

    def _guess_delimiter(self, data, delimiters):
        """The character that occurs equally often on (nearly) every line, judged over growing
        chunks of ten lines: (delimiter, skipinitialspace), or ('', 0)."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        freq_of = {}   # char -> {count on a line: number of lines}
        modes = {}     # char -> (most common count, its lines minus all other lines)
        delims = {}
        seen = 0
        start = 0
        while start < len(lines):
            seen += 1
            for line in lines[start:start + chunk]:
                for code in range(127):
                    ch = chr(code)
                    table = freq_of.setdefault(ch, {})
                    n = line.count(ch)
                    table[n] = table.get(n, 0) + 1
            for ch, table in freq_of.items():
                counts = list(table.items())
                if len(counts) == 1 and counts[0][0] == 0:
                    continue
                best = max(counts, key=lambda kv: kv[1])
                counts.remove(best)
                modes[ch] = (best[0], best[1] - sum(v for _, v in counts))
            total = float(min(chunk * seen, len(lines)))
            consistency = 1.0
            while not delims and consistency >= 0.9:
                for ch, (count, lines_with) in modes.items():
                    if count > 0 and lines_with > 0 and lines_with / total >= consistency \
                            and (delimiters is None or ch in delimiters):
                        delims[ch] = (count, lines_with)
                consistency -= 0.01
            if len(delims) == 1:
                delim = next(iter(delims))
                return (delim, self._spaced_after(lines[0], delim))
            start += chunk
        if not delims:
            return ('', 0)
        if len(delims) > 1:
            for d in self.preferred:
                if d in delims:
                    return (d, self._spaced_after(lines[0], d))
        delim = max((v, k) for k, v in delims.items())[1]
        return (delim, self._spaced_after(lines[0], delim))

    @staticmethod
    def _spaced_after(line, delim):
        return line.count(delim) == line.count(delim + ' ')

    def has_header(self, sample):
        """Whether the first row looks like a header: it is a header when most columns of
        consistent type (numbers, or strings of one length) have a first value that does not fit."""
        rows = reader(_StringIO(sample), self.sniff(sample))
        header = next(rows)
        columns = len(header)
        kinds = dict.fromkeys(range(columns))
        checked = 0
        for row in rows:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(kinds):
                try:
                    complex(row[col])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[col])
                if kind != kinds[col]:
                    if kinds[col] is None:
                        kinds[col] = kind
                    else:
                        del kinds[col]
        votes = 0
        for col, kind in kinds.items():
            if type(kind) == int:
                votes += 1 if len(header[col]) != kind else -1
            else:
                try:
                    kind(header[col])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0


# CPython's Error, reader, writer and dialect objects are the C module _csv's types: their reprs and
# an uncaught error's last line say so ('_csv.Error: unexpected end of data')
Error.__module__ = '_csv'
for _cls, _name in ((_Reader, 'reader'), (_Writer, 'writer'), (_Params, 'Dialect')):
    _cls.__module__ = '_csv'
    _cls.__name__ = _cls.__qualname__ = _name
del _cls, _name


# CPython's reader, writer and dialect registry are the C module _csv: no frames of theirs in tracebacks.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals(), '_Params', '_Reader', '_Writer', 'register_dialect',
                                                'unregister_dialect', 'get_dialect', 'list_dialects',
                                                'field_size_limit', 'reader', 'writer', '_is_number')
del _weft_hidden
