"""Folding of header objects for EmailPolicy (RFC 5322 section 2.2.3): the
value is a small tree of tokens; whatever does not fit on a line is broken
at white space, and text that is not ASCII (or a word too long for any line)
becomes RFC 2047 encoded words, merged with neighbouring encoded words where
the header kind allows it.  Compare CPython email._header_value_parser
(_refold_parse_tree, _fold_as_ew, _fold_mime_parameters)."""

import re
import sys
import base64
import urllib.parse

WSP = ' \t'
SPECIALS = set('()<>@,:;."[]')

_Q_SAFE = set(b'-!*+/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')


def _q_len(b):
    return sum(1 if (c in _Q_SAFE or c == 32) else 3 for c in b)


def _b_len(b):
    groups, leftover = divmod(len(b), 3)
    return groups * 4 + (4 if leftover else 0)


def _q_encode(b):
    out = []
    for c in b:
        if c == 32:
            out.append('_')
        elif c in _Q_SAFE:
            out.append(chr(c))
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def encode_word(string, charset='utf-8', encoding=None, lang=''):
    """One encoded word, 'q' unless 'b' is at least five characters shorter."""
    if charset == 'unknown-8bit':
        bstring = string.encode('ascii', 'surrogateescape')
    else:
        bstring = string.encode(charset)
    if encoding is None:
        encoding = 'q' if _q_len(bstring) - _b_len(bstring) < 5 else 'b'
    if encoding == 'q':
        encoded = _q_encode(bstring)
    else:
        encoded = base64.b64encode(bstring).decode('ascii')
    if lang:
        lang = '*' + lang
    return "=?{}{}?{}?{}?=".format(charset, lang, encoding, encoded)


_EW = re.compile(r'=\?([^?]*)\?([qQbB])\?(.*?)\?=\Z', re.S)


def decode_word(word):
    """The text of an encoded word, or None if word is not one."""
    mo = _EW.match(word)
    if not mo:
        return None
    charset, enc, text = mo.groups()
    charset = charset.split('*')[0]
    try:
        if enc in 'qQ':
            data = re.sub(rb'=([0-9A-Fa-f]{2})',
                          lambda m: bytes([int(m.group(1), 16)]),
                          text.replace('_', ' ').encode('ascii', 'surrogateescape'))
        else:
            pad = len(text) % 4
            data = base64.b64decode(text + '===' [:(4 - pad) % 4] if pad else text)
        return data.decode(charset, 'replace')
    except (LookupError, ValueError, UnicodeError):
        return None


def decode_unstructured(value):
    """Value with its encoded words decoded; blanks between two encoded
    words vanish, as RFC 2047 says."""
    pieces = re.split(r'([ \t]+)', value)
    out = []
    last_was_ew = False
    pending_ws = ''
    for i, piece in enumerate(pieces):
        if i % 2 == 1:
            pending_ws = piece
            continue
        text = decode_word(piece) if piece.startswith('=?') else None
        if text is not None:
            if not (last_was_ew and out):
                out.append(pending_ws)
            out.append(text)
            last_was_ew = True
        else:
            out.append(pending_ws)
            out.append(piece)
            last_was_ew = last_was_ew and piece == ''
        pending_ws = ''
    out.append(pending_ws)
    return ''.join(out)


class Tok:
    """A node of a header's folding tree: a terminal (text) or a list."""

    def __init__(self, text='', children=None, ew=True, combine=True,
                 brk=True, kind=''):
        self.children = children
        self._text = text
        self.ew = ew
        self.combine = combine
        self.brk = brk
        self.kind = kind
        self.params = None

    def __str__(self):
        if self.children is None:
            return self._text
        text = ''.join(str(c) for c in self.children)
        return quote_string(text) if self.kind == 'quoted' else text

    def startswith_fws(self):
        if self.children is None:
            return self.kind == 'ws'
        return bool(self.children) and self.children[0].startswith_fws()


def ws(text):
    return Tok(text, kind='ws')


def word(text, ew=True):
    return Tok(text, ew=ew)


def words_and_blanks(text):
    """Terminals for a run of text: words and the blanks between them.
    Terminals may always be encoded; a list around them can forbid it."""
    toks = []
    for piece in re.split(r'([ \t]+)', text):
        if not piece:
            continue
        toks.append(ws(piece) if piece[0] in WSP else word(piece))
    return toks


def _steal_trailing_wsp(lines):
    blank = ''
    if lines and lines[-1] and lines[-1][-1] in WSP:
        blank = lines[-1][-1]
        lines[-1] = lines[-1][:-1]
    return blank


class _Folder:
    def __init__(self, policy):
        self.maxlen = policy.max_line_length or sys.maxsize
        self.encoding = 'utf-8' if policy.utf8 else 'us-ascii'
        self.policy = policy
        self.lines = ['']
        self.last_ew = None
        self.ew_text = ''

    def _encodable(self, text):
        try:
            text.encode(self.encoding)
            return True
        except UnicodeEncodeError:
            return False

    def fold(self, parts):
        lines = self.lines
        maxlen = self.maxlen
        want_encoding = False
        charset = 'utf-8'
        blocked = 0
        END_BLOCK = object()
        while parts:
            part = parts.pop(0)
            if part is END_BLOCK:
                blocked -= 1
                continue
            tstr = str(part)
            if part.kind == 'ptext' and set(tstr) & SPECIALS:
                want_encoding = True
            if self._encodable(tstr):
                charset = self.encoding
            else:
                charset = 'unknown-8bit' if _has_surrogates(tstr) else 'utf-8'
                want_encoding = True
            if part.kind == 'mime-parameters':
                self._fold_params(part)
                continue
            if want_encoding and not blocked:
                if not part.ew:
                    want_encoding = False
                    self.last_ew = None
                    if part.brk and part.children is not None:
                        folded = fold_tree(part, self.policy, bare=True)
                        if '\n' not in folded and '\r' not in folded:
                            if len(folded) > maxlen - len(lines[-1]):
                                lines.append(_steal_trailing_wsp(lines))
                            lines[-1] += folded
                            continue
                if part.children is not None:
                    parts[:0] = list(part.children)
                else:
                    self._fold_as_ew(tstr, part.combine, charset)
                want_encoding = False
                continue
            if len(tstr) <= maxlen - len(lines[-1]):
                lines[-1] += tstr
                if self.last_ew is not None:
                    self.ew_text += tstr
                continue
            if part.brk and len(tstr) + 1 <= maxlen:
                newline = _steal_trailing_wsp(lines)
                if newline or part.startswith_fws():
                    lines.append(newline + tstr)
                    self.last_ew = None
                    continue
            if part.children is not None:
                newparts = list(part.children)
                if not part.ew:
                    blocked += 1
                    newparts.append(END_BLOCK)
                parts[:0] = newparts
                continue
            if part.ew and not blocked:
                parts.insert(0, part)
                want_encoding = True
                continue
            newline = _steal_trailing_wsp(lines)
            if newline or part.startswith_fws():
                lines.append(newline + tstr)
            else:
                lines[-1] += tstr
        return lines

    def _fold_as_ew(self, to_encode, combine, charset):
        lines = self.lines
        maxlen = self.maxlen
        last_ew = self.last_ew
        if last_ew is not None and combine:
            to_encode = self.ew_text + to_encode
            lines[-1] = lines[-1][:last_ew]
        if to_encode[0] in WSP:
            lead = to_encode[0]
            to_encode = to_encode[1:]
            if len(lines[-1]) == maxlen:
                lines.append(_steal_trailing_wsp(lines))
            lines[-1] += lead
        trail = ''
        if to_encode[-1] in WSP:
            trail = to_encode[-1]
            to_encode = to_encode[:-1]
        new_last_ew = len(lines[-1]) if last_ew is None else last_ew
        encode_as = 'utf-8' if charset == 'us-ascii' else charset
        chrome = len(encode_as) + 7
        if chrome + 1 >= maxlen:
            from email.errors import HeaderParseError
            raise HeaderParseError(
                "max_line_length is too small to fit an encoded word")
        last_text = ''
        while to_encode:
            room = maxlen - len(lines[-1])
            text_room = room - chrome
            if text_room <= 0:
                lines.append(' ')
                continue
            chunk = to_encode[:text_room]
            ew = encode_word(chunk, charset=encode_as)
            while len(ew) - room > 0:
                chunk = chunk[:-1]
                ew = encode_word(chunk, charset=encode_as)
            lines[-1] += ew
            last_text += chunk
            to_encode = to_encode[len(chunk):]
            if to_encode:
                lines.append(' ')
                new_last_ew = len(lines[-1])
                last_text = ''
        lines[-1] += trail
        self.ew_text = last_text + trail
        self.last_ew = new_last_ew if combine else None

    def _fold_params(self, part):
        lines = self.lines
        maxlen = self.maxlen
        for name, value in part.params:
            if not lines[-1].rstrip().endswith(';'):
                lines[-1] += ';'
            charset = self.encoding
            errors = 'strict'
            try:
                value.encode(self.encoding)
                needs = False
            except UnicodeEncodeError:
                needs = True
                if _has_surrogates(value):
                    charset = 'unknown-8bit'
                    errors = 'surrogateescape'
                else:
                    charset = 'utf-8'
            if needs:
                enc = urllib.parse.quote(value, safe='', errors=errors)
                tstr = "{}*={}''{}".format(name, charset, enc)
            else:
                tstr = '{}={}'.format(name, quote_string(value))
            if len(lines[-1]) + len(tstr) + 1 < maxlen:
                lines[-1] = lines[-1] + ' ' + tstr
                continue
            if len(tstr) + 2 <= maxlen:
                lines.append(' ' + tstr)
                continue
            section = 0
            chrome_extra = charset + "''"
            while value:
                chrome_len = len(name) + len(str(section)) + 3 + len(chrome_extra)
                if maxlen <= chrome_len + 3:
                    maxlen = 78
                split = maxchars = maxlen - chrome_len - 2
                while True:
                    partial = value[:split]
                    enc = urllib.parse.quote(partial, safe='', errors=errors)
                    if len(enc) <= maxchars:
                        break
                    split -= 1
                lines.append(" {}*{}*={}{}".format(name, section, chrome_extra,
                                                   enc))
                chrome_extra = ''
                section += 1
                value = value[split:]
                if value:
                    lines[-1] += ';'


def _has_surrogates(s):
    try:
        s.encode()
        return False
    except UnicodeEncodeError:
        return True


def quote_string(value):
    return '"' + str(value).replace('\\', '\\\\').replace('"', r'\"') + '"'


def fold_tree(tree, policy, bare=False):
    """Fold the children of a token tree (as CPython's TokenList.fold does);
    bare: without the line separator at the end."""
    folder = _Folder(policy)
    lines = folder.fold(list(tree.children) if tree.children is not None
                        else [tree])
    text = policy.linesep.join(lines)
    return text if bare else text + policy.linesep


def fold_header(name, value_tree, policy):
    """'Name: value' folded, ending with the policy's line separator."""
    label = Tok(name + ':', ew=False)
    children = [label]
    if value_tree is not None and str(value_tree) != '' or \
            (value_tree is not None and value_tree.kind == 'mime'):
        children.append(ws(' '))
        children.append(value_tree)
    return fold_tree(Tok(children=children), policy)
