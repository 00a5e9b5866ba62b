"""Header values that mix character sets (RFC 2047 encoded words)."""

__all__ = ['Header', 'decode_header', 'make_header']

import re
import binascii

import email.quoprimime
import email.base64mime
from email.errors import HeaderParseError
from email import charset as _charset

Charset = _charset.Charset

NL = '\n'
SPACE = ' '
BSPACE = b' '
SPACE8 = ' ' * 8
EMPTYSTRING = ''
MAXLINELEN = 78
FWS = ' \t'

USASCII = Charset('us-ascii')
UTF8 = Charset('utf-8')

ecre = re.compile(r'''
  =\?                   # literal =?
  (?P<charset>[^?]*?)   # non-greedy up to the next ? is the charset
  \?                    # literal ?
  (?P<encoding>[qQbB])  # either a "q" or a "b", case insensitive
  \?                    # literal ?
  (?P<encoded>.*?)      # non-greedy up to the next ?= is the encoded string
  \?=                   # literal ?=
  ''', re.VERBOSE | re.MULTILINE)

fcre = re.compile(r'[\041-\176]+:$')
_embedded_header = re.compile(r'\n[^ \t]+:')


def _split_words(header):
    """(text, encoding, charset) triples: plain runs and encoded words."""
    words = []
    for line in header.splitlines():
        parts = ecre.split(line)
        first = True
        while parts:
            unencoded = parts.pop(0)
            if first:
                unencoded = unencoded.lstrip()
                first = False
            if unencoded:
                words.append((unencoded, None, None))
            if parts:
                charset = parts.pop(0).lower()
                encoding = parts.pop(0).lower()
                encoded = parts.pop(0)
                words.append((encoded, encoding, charset))
    # Blanks between two encoded words are not part of the text.
    drop = [n - 1 for n, w in enumerate(words)
            if n > 1 and w[1] and words[n - 2][1] and words[n - 1][0].isspace()]
    for d in reversed(drop):
        del words[d]
    return words


def _decode_word(text, encoding):
    if encoding is None:
        return text
    if encoding == 'q':
        return email.quoprimime.header_decode(text)
    pad = len(text) % 4
    if pad:
        text += '==='[:4 - pad]
    try:
        return email.base64mime.decode(text)
    except binascii.Error:
        raise HeaderParseError('Base64 decoding error')


def decode_header(header):
    """Decode a header value into a list of (text, charset) pairs; plain
    headers give [(str, None)], encoded ones give bytes."""
    if hasattr(header, '_chunks'):
        return [(_charset._encode(string, str(charset)), str(charset))
                for string, charset in header._chunks]
    if not ecre.search(header):
        return [(header, None)]
    collapsed = []
    last_word = last_charset = None
    for text, encoding, charset in _split_words(header):
        word = _decode_word(text, encoding)
        if isinstance(word, str):
            word = bytes(word, 'raw-unicode-escape')
        if last_word is None:
            last_word, last_charset = word, charset
        elif charset != last_charset:
            collapsed.append((last_word, last_charset))
            last_word, last_charset = word, charset
        elif last_charset is None:
            last_word += BSPACE + word
        else:
            last_word += word
    collapsed.append((last_word, last_charset))
    return collapsed


def make_header(decoded_seq, maxlinelen=None, header_name=None,
                continuation_ws=' '):
    """A Header from the pairs decode_header() returns."""
    h = Header(maxlinelen=maxlinelen, header_name=header_name,
               continuation_ws=continuation_ws)
    for s, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        h.append(s, charset)
    return h


def _nonctext(s):
    return s.isspace() or s in ('(', ')', '\\')


def _is_plain(cs):
    return cs in (None, 'us-ascii')


class Header:
    """A header value made of chunks, each in its own character set."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=' ', errors='strict'):
        if charset is None:
            charset = USASCII
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        if maxlinelen is None:
            maxlinelen = MAXLINELEN
        self._maxlinelen = maxlinelen
        self._headerlen = 0 if header_name is None else len(header_name) + 2

    def __str__(self):
        self._normalize()
        out = []
        lastcs = None
        lastspace = None
        for string, charset in self._chunks:
            nextcs = charset
            if nextcs == _charset.UNKNOWN8BIT:
                string = string.encode('ascii', 'surrogateescape').decode(
                    'ascii', 'replace')
            if out:
                hasspace = string and _nonctext(string[0])
                if not _is_plain(lastcs):
                    if _is_plain(nextcs) and not hasspace:
                        out.append(SPACE)
                        nextcs = None
                elif not _is_plain(nextcs) and not lastspace:
                    out.append(SPACE)
            lastspace = string and _nonctext(string[-1])
            lastcs = nextcs
            out.append(string)
        return EMPTYSTRING.join(out)

    def __eq__(self, other):
        return other == str(self)

    __hash__ = None

    def append(self, s, charset=None, errors='strict'):
        """Add a chunk; text that the charset cannot hold becomes utf-8."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if not isinstance(s, str):
            codec = charset.input_codec or 'us-ascii'
            if codec == _charset.UNKNOWN8BIT:
                s = s.decode('us-ascii', 'surrogateescape')
            else:
                s = s.decode(codec, errors)
        out_codec = charset.output_codec or 'us-ascii'
        if out_codec != _charset.UNKNOWN8BIT:
            try:
                s.encode(out_codec, errors)
            except UnicodeEncodeError:
                if out_codec != 'us-ascii':
                    raise
                charset = UTF8
        self._chunks.append((s, charset))

    def _normalize(self):
        chunks = []
        last_charset = None
        last_chunk = []
        for string, charset in self._chunks:
            if charset == last_charset:
                last_chunk.append(string)
            else:
                if last_charset is not None:
                    chunks.append((SPACE.join(last_chunk), last_charset))
                last_chunk = [string]
                last_charset = charset
        if last_chunk:
            chunks.append((SPACE.join(last_chunk), last_charset))
        self._chunks = chunks

    def encode(self, splitchars=';, \t', maxlinelen=None, linesep='\n'):
        """The value as RFC 2047 text, folded to maxlinelen columns."""
        self._normalize()
        if maxlinelen is None:
            maxlinelen = self._maxlinelen
        if maxlinelen == 0:
            maxlinelen = 1000000
        folder = _Folder(self._headerlen, maxlinelen, self._continuation_ws)
        lastcs = None
        lastspace = None
        for string, charset in self._chunks:
            if folder.started:
                hasspace = string and _nonctext(string[0])
                if not _is_plain(lastcs):
                    if not hasspace or not _is_plain(charset):
                        folder.transition()
                elif not _is_plain(charset) and not lastspace:
                    folder.transition()
            lastspace = string and _nonctext(string[-1])
            lastcs = charset
            folder.started = True
            lines = string.splitlines() or ['']
            folder.feed(lines[0], charset)
            for line in lines[1:]:
                folder.newline()
                stripped = line.lstrip()
                if charset.header_encoding is not None:
                    folder.feed(' ' + stripped, charset)
                else:
                    folder.feed(line, charset)
        value = folder.result(linesep)
        if _embedded_header.search(value):
            raise HeaderParseError("header value appears to contain "
                                   "an embedded header: {!r}".format(value))
        return value


class _Folder:
    """Lays chunks onto lines of at most maxlen columns."""

    def __init__(self, headerlen, maxlen, continuation_ws):
        self.maxlen = maxlen
        self.ws = continuation_ws
        self.lines = []
        self.current = ' ' * headerlen
        self.headerlen = headerlen
        self.pending_space = False
        self.started = False

    def newline(self):
        self.lines.append(self.current)
        self.current = ''

    def transition(self):
        self.pending_space = True

    def _room(self):
        return self.maxlen - len(self.current)

    def feed(self, string, charset):
        if charset.header_encoding is None:
            self._feed_plain(string)
        else:
            self._feed_encoded(string, charset)

    def _feed_plain(self, string):
        if self.pending_space:
            string = ' ' + string
            self.pending_space = False
        for word in re.split(r'(?=[ \t])', string):
            if not word:
                continue
            if (len(self.current) + len(word) > self.maxlen
                    and self.current.strip() and word[0] in FWS):
                self.newline()
                self.current = word
            else:
                self.current += word

    def _feed_encoded(self, string, charset):
        lead = ' ' if self.pending_space else ''
        self.pending_space = False

        def lengths():
            yield self._room() - len(lead)
            while True:
                yield self.maxlen - len(self.ws)
        words = charset.header_encode_lines(string, lengths())
        first = True
        for w in words:
            if w is None:
                self.newline()
                self.current = self.ws
                first = False
                continue
            if first:
                self.current += lead + w
                first = False
            else:
                self.newline()
                self.current = self.ws + w

    def result(self, linesep):
        lines = self.lines + [self.current]
        lines[0] = lines[0][self.headerlen:]
        return linesep.join(lines)
