"""Support module for CGI (Common Gateway Interface) scripts (deprecated since Python 3.11;
written for Weft).

FieldStorage reads a form the way a CGI script receives it: from QUERY_STRING for GET and
HEAD, or from the request body (standard input, or fp) for POST, url-encoded or
multipart/form-data. parse, parse_multipart and parse_header are the functional forms.
cgi.escape went in Python 3.8 (use html.escape), as did parse_qs and parse_qsl (urllib.parse).
"""
import html
import locale
import os
import sys
import tempfile
import urllib.parse
import warnings
from collections.abc import Mapping
from email.message import Message
from email.parser import BytesHeaderParser
from io import BytesIO, StringIO, TextIOWrapper

warnings.warn("'cgi' is deprecated and slated for removal in Python 3.13", DeprecationWarning, stacklevel=2)

__all__ = ["MiniFieldStorage", "FieldStorage", "parse", "parse_multipart", "parse_header", "test",
           "print_exception", "print_environ", "print_form", "print_directory", "print_arguments",
           "print_environ_usage"]

# logging, off unless logfile names a file (CPython's debugging aid for CGI scripts)
logfile = ""
logfp = None


def initlog(*allargs):
    """Write a log message to logfile, opening it on the first call; a no-op without logfile."""
    global log, logfile, logfp
    if logfile and not logfp:
        try:
            logfp = open(logfile, "a", encoding="locale")
        except OSError:
            pass
    log = dolog if logfp else nolog
    log(*allargs)


def dolog(fmt, *args):
    """Write a log message to the log file.  See initlog() for docs."""
    logfp.write(fmt % args + "\n")


def nolog(*allargs):
    """Dummy function, assigned to log when logging is disabled."""
    pass


def closelog():
    """Close the log file."""
    global log, logfile, logfp
    logfile = ''
    if logfp:
        logfp.close()
        logfp = None
    log = initlog


log = initlog

# the largest request body accepted, in bytes; 0 for no limit
maxlen = 0


def parse(fp=None, environ=os.environ, keep_blank_values=0, strict_parsing=0, separator='&'):
    """Parse a query in the environment or from a file (default stdin)

        Arguments, all optional:

        fp              : file pointer; default: sys.stdin.buffer

        environ         : environment dictionary; default: os.environ

        keep_blank_values: flag indicating whether blank values in
            percent-encoded forms should be treated as blank strings.

        strict_parsing: flag indicating what to do with parsing errors.

        separator: str. The symbol to use for separating the query arguments.
    """
    if fp is None:
        fp = sys.stdin
    # bytes in, whichever kind of stream it is: latin-1 keeps every byte as one character
    if hasattr(fp, 'encoding'):
        encoding = fp.encoding
    else:
        encoding = 'latin-1'
    if isinstance(fp, TextIOWrapper):
        fp = fp.buffer
    if 'REQUEST_METHOD' not in environ:
        environ['REQUEST_METHOD'] = 'GET'  # For testing stand-alone
    if environ['REQUEST_METHOD'] == 'POST':
        ctype, pdict = parse_header(environ['CONTENT_TYPE'])
        if ctype == 'multipart/form-data':
            return parse_multipart(fp, pdict, separator=separator)
        elif ctype == 'application/x-www-form-urlencoded':
            clength = int(environ['CONTENT_LENGTH'])
            if maxlen and clength > maxlen:
                raise ValueError('Maximum content length exceeded')
            qs = fp.read(clength).decode(encoding)
        else:
            qs = ''  # Unknown content-type
        if 'QUERY_STRING' in environ:
            if qs:
                qs = qs + '&'
            qs = qs + environ['QUERY_STRING']
        elif sys.argv[1:]:
            if qs:
                qs = qs + '&'
            qs = qs + sys.argv[1]
        environ['QUERY_STRING'] = qs  # XXX Shouldn't, really
    elif 'QUERY_STRING' in environ:
        qs = environ['QUERY_STRING']
    else:
        qs = sys.argv[1] if sys.argv[1:] else ""
        environ['QUERY_STRING'] = qs  # XXX Shouldn't, really
    return urllib.parse.parse_qs(qs, keep_blank_values, strict_parsing, encoding=encoding, separator=separator)


def parse_multipart(fp, pdict, encoding="utf-8", errors="replace", separator='&'):
    """Parse multipart input.

    Arguments:
    fp   : input file
    pdict: dictionary containing other parameters of content-type header
    encoding, errors: request encoding and error handler, passed to
        FieldStorage

    Returns a dictionary just like parse_qs(): keys are the field names, each
    value is a list of values for that field. For non-file fields, the value
    is a list of strings.
    """
    boundary = pdict['boundary'].decode('ascii')
    ctype = "multipart/form-data; boundary={}".format(boundary)
    headers = Message()
    headers.set_type(ctype)
    try:
        headers['Content-Length'] = pdict['CONTENT-LENGTH']
    except KeyError:
        pass
    fs = FieldStorage(fp, headers=headers, encoding=encoding, errors=errors,
                      environ={'REQUEST_METHOD': 'POST'}, separator=separator)
    return {k: fs.getlist(k) for k in fs}


def _parseparam(s):
    # the ';'-separated parts of a header value, a ';' inside double quotes not separating
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        yield s[:end].strip()
        s = s[end:]


def parse_header(line):
    """Parse a Content-type like header.

    Return the main content-type and a dictionary of options.

    """
    parts = _parseparam(';' + line)
    key = next(parts)
    pdict = {}
    for p in parts:
        name, eq, value = p.partition('=')
        if not eq:
            continue
        name = name.strip().lower()
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        pdict[name] = value
    return key, pdict


class MiniFieldStorage:
    """Like FieldStorage, for use when no file uploads are possible."""

    # Dummy attributes
    filename = None
    list = None
    type = None
    file = None
    type_options = {}
    disposition = None
    disposition_options = {}
    headers = {}

    def __init__(self, name, value):
        """Constructor from field name and value."""
        self.name = name
        self.value = value

    def __repr__(self):
        """Return printable representation."""
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


class FieldStorage:
    """Store a sequence of fields, reading multipart/form-data.

    The fields are read from the query string (GET, HEAD) or the request body (POST). Each
    field is a MiniFieldStorage (url-encoded forms) or a FieldStorage (multipart parts);
    form[name] is one field or a list of those sharing a name. A part that carries a file name
    has file (a binary stream) and value (its bytes); other parts' values are str.
    """

    def __init__(self, fp=None, headers=None, outerboundary=b'', environ=os.environ, keep_blank_values=0,
                 strict_parsing=0, limit=None, encoding='utf-8', errors='replace', max_num_fields=None,
                 separator='&'):
        method = 'GET'
        self.keep_blank_values = keep_blank_values
        self.strict_parsing = strict_parsing
        self.max_num_fields = max_num_fields
        self.separator = separator
        if 'REQUEST_METHOD' in environ:
            method = environ['REQUEST_METHOD'].upper()
        self.qs_on_post = None
        if method == 'GET' or method == 'HEAD':
            if 'QUERY_STRING' in environ:
                qs = environ['QUERY_STRING']
            elif sys.argv[1:]:
                qs = sys.argv[1]
            else:
                qs = ""
            fp = BytesIO(qs.encode(locale.getpreferredencoding(), 'surrogateescape'))
            if headers is None:
                headers = {'content-type': "application/x-www-form-urlencoded"}
        if headers is None:
            headers = {}
            if method == 'POST':
                headers['content-type'] = "application/x-www-form-urlencoded"
            if 'CONTENT_TYPE' in environ:
                headers['content-type'] = environ['CONTENT_TYPE']
            if 'QUERY_STRING' in environ:
                self.qs_on_post = environ['QUERY_STRING']
            if 'CONTENT_LENGTH' in environ:
                headers['content-length'] = environ['CONTENT_LENGTH']
        elif not isinstance(headers, (Mapping, Message)):
            raise TypeError("headers must be mapping or an instance of email.message.Message")
        self.headers = headers
        if fp is None:
            self.fp = sys.stdin.buffer
        elif isinstance(fp, TextIOWrapper):
            self.fp = fp.buffer
        else:
            if not (hasattr(fp, 'read') and hasattr(fp, 'readline')):
                raise TypeError("fp must be file pointer")
            self.fp = fp
        self.encoding = encoding
        self.errors = errors
        if not isinstance(outerboundary, bytes):
            raise TypeError('outerboundary must be bytes, not %s' % type(outerboundary).__name__)
        self.outerboundary = outerboundary
        self.bytes_read = 0
        self.limit = limit

        cdisp, pdict = "", {}
        if 'content-disposition' in self.headers:
            cdisp, pdict = parse_header(self.headers['content-disposition'])
        self.disposition = cdisp
        self.disposition_options = pdict
        self.name = pdict.get('name')
        self.filename = pdict.get('filename')
        self._binary_file = self.filename is not None

        if 'content-type' in self.headers:
            ctype, pdict = parse_header(self.headers['content-type'])
        elif self.outerboundary or method != 'POST':
            ctype, pdict = "text/plain", {}
        else:
            ctype, pdict = 'application/x-www-form-urlencoded', {}
        self.type = ctype
        self.type_options = pdict
        self.innerboundary = pdict['boundary'].encode(self.encoding, self.errors) if 'boundary' in pdict else b""

        clen = -1
        if 'content-length' in self.headers:
            try:
                clen = int(self.headers['content-length'])
            except ValueError:
                pass
            if maxlen and clen > maxlen:
                raise ValueError('Maximum content length exceeded')
        self.length = clen
        if self.limit is None and clen >= 0:
            self.limit = clen

        self.list = self.file = None
        self.done = 0
        if ctype == 'application/x-www-form-urlencoded':
            self.read_urlencoded()
        elif ctype[:10] == 'multipart/':
            self.read_multi(environ, keep_blank_values, strict_parsing)
        else:
            self.read_single()

    def __del__(self):
        try:
            self.file.close()
        except AttributeError:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.file.close()

    def __repr__(self):
        """Return a printable representation."""
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __iter__(self):
        return iter(self.keys())

    def __getattr__(self, name):
        if name != 'value':
            raise AttributeError(name)
        if self.file:
            self.file.seek(0)
            value = self.file.read()
            self.file.seek(0)
        elif self.list is not None:
            value = self.list
        else:
            value = None
        return value

    def __getitem__(self, key):
        """Dictionary style indexing."""
        if self.list is None:
            raise TypeError("not indexable")
        found = [item for item in self.list if item.name == key]
        if not found:
            raise KeyError(key)
        return found[0] if len(found) == 1 else found

    def getvalue(self, key, default=None):
        """Dictionary style get() method, including 'value' lookup."""
        if key not in self:
            return default
        value = self[key]
        if isinstance(value, list):
            return [x.value for x in value]
        return value.value

    def getfirst(self, key, default=None):
        """ Return the first value received."""
        if key not in self:
            return default
        value = self[key]
        return value[0].value if isinstance(value, list) else value.value

    def getlist(self, key):
        """ Return list of received values."""
        if key not in self:
            return []
        value = self[key]
        return [x.value for x in value] if isinstance(value, list) else [value.value]

    def keys(self):
        """Dictionary style keys() method."""
        if self.list is None:
            raise TypeError("not indexable")
        return list(set(item.name for item in self.list))

    def __contains__(self, key):
        """Dictionary style __contains__ method."""
        if self.list is None:
            raise TypeError("not indexable")
        return any(item.name == key for item in self.list)

    def __len__(self):
        """Dictionary style len(x) support."""
        return len(self.keys())

    def __bool__(self):
        if self.list is None:
            raise TypeError("Cannot be converted to bool.")
        return bool(self.list)

    def _read_body(self):
        data = self.fp.read(self.length) if self.length >= 0 else self.fp.read()
        if not isinstance(data, bytes):
            raise ValueError("%s should return bytes, got %s" % (self.fp, type(data).__name__))
        self.bytes_read += len(data)
        return data

    def read_urlencoded(self):
        """Internal: read data in query string format."""
        qs = self._read_body().decode(self.encoding, self.errors)
        if self.qs_on_post:
            qs += '&' + self.qs_on_post
        query = urllib.parse.parse_qsl(qs, self.keep_blank_values, self.strict_parsing, encoding=self.encoding,
                                       errors=self.errors, max_num_fields=self.max_num_fields,
                                       separator=self.separator)
        self.list = [MiniFieldStorage(key, value) for key, value in query]

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        """Internal: read a part that is itself multipart."""
        ib = self.innerboundary
        if not valid_boundary(ib):
            raise ValueError('Invalid boundary in multipart form: %r' % (ib,))
        self.list = []
        if self.qs_on_post:
            query = urllib.parse.parse_qsl(self.qs_on_post, self.keep_blank_values, self.strict_parsing,
                                           encoding=self.encoding, errors=self.errors,
                                           max_num_fields=self.max_num_fields, separator=self.separator)
            self.list.extend(MiniFieldStorage(key, value) for key, value in query)
        body = self._read_body()
        delimiter = b'--' + ib
        # the parts lie between delimiter lines; the last delimiter ends with '--'
        chunks = body.split(delimiter)
        for chunk in chunks[1:]:
            if chunk.startswith(b'--'):
                break
            # a part: the rest of the delimiter line, headers, a blank line, the content, CRLF
            chunk = chunk.split(b'\n', 1)[1] if b'\n' in chunk else b''
            head, sep, content = chunk.partition(b'\r\n\r\n')
            if not sep:
                head, sep, content = chunk.partition(b'\n\n')
            if content.endswith(b'\r\n'):
                content = content[:-2]
            elif content.endswith(b'\n'):
                content = content[:-1]
            headers = BytesHeaderParser().parsebytes(head + b'\r\n\r\n')
            if 'content-length' in headers:
                del headers['content-length']
            headers['Content-Length'] = str(len(content))
            part = self.__class__(BytesIO(content), headers, ib, environ, keep_blank_values, strict_parsing,
                                  None, self.encoding, self.errors, self.max_num_fields, self.separator)
            if self.max_num_fields is not None and len(self.list) >= self.max_num_fields:
                raise ValueError('Max number of fields exceeded')
            self.list.append(part)
        self.done = 1

    def read_single(self):
        """Internal: read an atomic part."""
        data = self._read_body()
        if self._binary_file:
            self.file = BytesIO(data)
        else:
            self.file = StringIO(data.decode(self.encoding, self.errors))
        self.done = 1

    def make_file(self):
        """Overridable: return a readable & writable file."""
        if self._binary_file:
            return tempfile.TemporaryFile("wb+")
        return tempfile.TemporaryFile("w+", encoding=self.encoding, newline='\n')


def valid_boundary(s):
    import re
    if isinstance(s, bytes):
        _vb_pattern = b"^[ -~]{0,200}[!-~]$"
    else:
        _vb_pattern = "^[ -~]{0,200}[!-~]$"
    return re.match(_vb_pattern, s)


def test(environ=os.environ):
    """Robust test CGI script, usable as main program.

    Write minimal HTTP headers and dump all information provided to
    the script in HTML form.

    """
    print("Content-type: text/html")
    print()
    sys.stderr = sys.stdout
    try:
        form = FieldStorage()
        print_directory()
        print_arguments()
        print_form(form)
        print_environ(environ)
        print_environ_usage()
    except:
        print_exception()


def print_exception(type=None, value=None, tb=None, limit=None):
    if type is None:
        type, value, tb = sys.exc_info()
    import traceback
    print()
    print("<H3>Traceback (most recent call last):</H3>")
    lines = traceback.format_tb(tb, limit) + traceback.format_exception_only(type, value)
    print("<PRE>%s<B>%s</B></PRE>" % (html.escape("".join(lines[:-1])), html.escape(lines[-1])))
    del tb


def print_environ(environ=os.environ):
    """Dump the shell environment as HTML."""
    keys = sorted(environ.keys())
    print()
    print("<H3>Shell Environment:</H3>")
    print("<DL>")
    for key in keys:
        print("<DT>", html.escape(key), "<DD>", html.escape(environ[key]))
    print("</DL>")
    print()


def print_form(form):
    """Dump the contents of a form as HTML."""
    keys = sorted(form.keys())
    print()
    print("<H3>Form Contents:</H3>")
    if not keys:
        print("<P>No form fields.")
    print("<DL>")
    for key in keys:
        print("<DT>" + html.escape(key) + ":", end=' ')
        value = form[key]
        print("<i>" + html.escape(repr(type(value))) + "</i>")
        print("<DD>" + html.escape(repr(value)))
    print("</DL>")
    print()


def print_directory():
    """Dump the current directory as HTML."""
    print()
    print("<H3>Current Working Directory:</H3>")
    try:
        pwd = os.getcwd()
    except OSError as msg:
        print("OSError:", html.escape(str(msg)))
    else:
        print(html.escape(pwd))
    print()


def print_arguments():
    print()
    print("<H3>Command Line Arguments:</H3>")
    print()
    print(sys.argv)
    print()


def print_environ_usage():
    """Dump a list of environment variables used by CGI as HTML."""
    names = ['AUTH_TYPE', 'CONTENT_LENGTH', 'CONTENT_TYPE', 'DATE_GMT', 'DATE_LOCAL', 'DOCUMENT_NAME',
             'DOCUMENT_ROOT', 'DOCUMENT_URI', 'GATEWAY_INTERFACE', 'LAST_MODIFIED', 'PATH', 'PATH_INFO',
             'PATH_TRANSLATED', 'QUERY_STRING', 'REMOTE_ADDR', 'REMOTE_HOST', 'REMOTE_IDENT', 'REMOTE_USER',
             'REQUEST_METHOD', 'SCRIPT_NAME', 'SERVER_NAME', 'SERVER_PORT', 'SERVER_PROTOCOL', 'SERVER_ROOT',
             'SERVER_SOFTWARE']
    print("""
<H3>These environment variables could have been set:</H3>
<UL>""")
    for name in names:
        print("<LI>" + name)
    print("""</UL>
In addition, HTTP headers sent by the server may be passed in the
environment as well.  Here are some common variable names:
<UL>
<LI>HTTP_ACCEPT
<LI>HTTP_CONNECTION
<LI>HTTP_HOST
<LI>HTTP_PRAGMA
<LI>HTTP_REFERER
<LI>HTTP_USER_AGENT
</UL>
""")


if __name__ == '__main__':
    test()
