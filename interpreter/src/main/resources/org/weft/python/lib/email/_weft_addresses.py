"""Address and Group, the address objects of the modern API, and the
lenient parser that reads an address-list header value into them together
with the token tree its folding uses."""

import re

from email import errors
from email import _refold
from email._refold import Tok, ws, word, quote_string

SPECIALS = set('()<>@,:;."[]')
_DOT_ATOM_ENDS = (SPECIALS | set(' \t')) - set('.')


class Address:
    """One mailbox: display name, user name and domain."""

    def __init__(self, display_name='', username='', domain='', addr_spec=None):
        inputs = ''.join(filter(None, (display_name, username, domain, addr_spec)))
        if '\r' in inputs or '\n' in inputs:
            raise ValueError("invalid arguments; address parts cannot contain CR or LF")
        if addr_spec is not None:
            if username or domain:
                raise TypeError("addrspec specified when username and/or "
                                "domain also specified")
            username, domain, rest = _split_addr_spec(addr_spec, strict=True)
            if rest:
                raise ValueError("Invalid addr_spec; only '{}' "
                                 "could be parsed from '{}'".format(
                                     addr_spec[:len(addr_spec) - len(rest)],
                                     addr_spec))
        self._display_name = display_name
        self._username = username
        self._domain = domain

    @property
    def display_name(self):
        return self._display_name

    @property
    def username(self):
        return self._username

    @property
    def domain(self):
        return self._domain

    @property
    def addr_spec(self):
        """user@domain, quoting the user part where RFC 5322 needs it."""
        lp = self.username
        if not _DOT_ATOM_ENDS.isdisjoint(lp):
            lp = quote_string(lp)
        if self.domain:
            return lp + '@' + self.domain
        if not lp:
            return '<>'
        return lp

    def __repr__(self):
        return "{}(display_name={!r}, username={!r}, domain={!r})".format(
            self.__class__.__name__, self.display_name, self.username,
            self.domain)

    def __str__(self):
        disp = self.display_name
        if not SPECIALS.isdisjoint(disp):
            disp = quote_string(disp)
        if disp:
            addr_spec = '' if self.addr_spec == '<>' else self.addr_spec
            return "{} <{}>".format(disp, addr_spec)
        return self.addr_spec

    def __eq__(self, other):
        if not isinstance(other, Address):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.username == other.username and
                self.domain == other.domain)

    __hash__ = None


class Group:
    """A named list of addresses (RFC 5322 group syntax)."""

    def __init__(self, display_name=None, addresses=None):
        self._display_name = display_name
        self._addresses = tuple(addresses) if addresses else tuple()

    @property
    def display_name(self):
        return self._display_name

    @property
    def addresses(self):
        return self._addresses

    def __repr__(self):
        return "{}(display_name={!r}, addresses={!r}".format(
            self.__class__.__name__, self.display_name, self.addresses)

    def __str__(self):
        if self.display_name is None and len(self.addresses) == 1:
            return str(self.addresses[0])
        disp = self.display_name
        if disp is not None and not SPECIALS.isdisjoint(disp):
            disp = quote_string(disp)
        adrstr = ", ".join(str(x) for x in self.addresses)
        adrstr = ' ' + adrstr if adrstr else adrstr
        return "{}:{};".format(disp, adrstr)

    def __eq__(self, other):
        if not isinstance(other, Group):
            return NotImplemented
        return (self.display_name == other.display_name and
                self.addresses == other.addresses)

    __hash__ = None


# --- scanning address text -------------------------------------------------

def _scan(text):
    """Pieces of text: ('ws'|'quoted'|'comment'|'angle'|'special'|'atom', s)."""
    pieces = []
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in ' \t\r\n':
            j = i
            while j < n and text[j] in ' \t\r\n':
                j += 1
            pieces.append(('ws', text[i:j]))
            i = j
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == '\\' else 1
            pieces.append(('quoted', text[i:j + 1]))
            i = j + 1
        elif c == '(':
            depth, j = 0, i
            while j < n:
                if text[j] == '\\':
                    j += 2
                    continue
                if text[j] == '(':
                    depth += 1
                elif text[j] == ')':
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            pieces.append(('comment', text[i:j + 1]))
            i = j + 1
        elif c == '<':
            j = text.find('>', i)
            j = n - 1 if j < 0 else j
            pieces.append(('angle', text[i:j + 1]))
            i = j + 1
        elif c in ',:;':
            pieces.append(('special', c))
            i += 1
        else:
            j = i
            while j < n and text[j] not in ' \t\r\n"(<,:;':
                j += 1
            pieces.append(('atom', text[i:j]))
            i = j
    return pieces


def _unquote(q):
    body = q[1:-1] if q.endswith('"') and len(q) > 1 else q[1:]
    out = []
    i = 0
    while i < len(body):
        if body[i] == '\\' and i + 1 < len(body):
            i += 1
        out.append(body[i])
        i += 1
    return ''.join(out)


def _split_addr_spec(spec, strict=False):
    """(username, domain, unparsed rest) of user@domain; strict: a domain
    that does not start with an atom raises HeaderParseError."""
    spec = spec.strip()
    rest = ''
    if spec.startswith('"'):
        end = 1
        while end < len(spec) and spec[end] != '"':
            end += 2 if spec[end] == '\\' else 1
        local = _unquote(spec[:end + 1])
        after = spec[end + 1:]
    else:
        at = spec.find('@') if strict else spec.rfind('@')
        local = spec if at < 0 else spec[:at]
        after = '' if at < 0 else spec[at:]
        local = ''.join(local.split())
    domain = ''
    if after.startswith('@'):
        domain = ''.join(after[1:].split())
        if strict and domain and domain[0] in '@<>,;:"()\\':
            raise errors.HeaderParseError(
                "expected atom but found '{}'".format(domain))
        for i, ch in enumerate(domain):
            if ch in '<>,;:"()[]' and not domain.startswith('['):
                domain, rest = domain[:i], domain[i:]
                break
    elif after:
        rest = after
    return local, domain, rest


def _phrase_text(pieces):
    """The display name a phrase spells: words joined by one blank."""
    words = []
    last_ew = False
    for kind, s in pieces:
        if kind == 'quoted':
            words.append(_unquote(s))
            last_ew = False
        elif kind == 'atom':
            text = _refold.decode_word(s) if s.startswith('=?') else None
            if text is not None:
                if last_ew and words:
                    words[-1] += text
                else:
                    words.append(text)
                last_ew = True
            else:
                words.append(s)
                last_ew = False
    return ' '.join(words)


def _mailbox(pieces):
    """An Address from one mailbox's pieces, or None when it is empty."""
    pieces = [p for p in pieces if p[0] != 'comment']
    kinds = [k for k, _ in pieces]
    if 'angle' in kinds:
        at = kinds.index('angle')
        name = _phrase_text(pieces[:at])
        inner = pieces[at][1][1:]
        inner = inner[:-1] if inner.endswith('>') else inner
        if ':' in inner and inner.startswith('@'):
            inner = inner.split(':', 1)[1]
        user, domain, _ = _split_addr_spec(inner)
        return Address(name, user, domain)
    spec = ''.join(s for k, s in pieces if k in ('atom', 'quoted'))
    if not spec:
        return None
    user, domain, _ = _split_addr_spec(spec)
    return Address('', user, domain)


def _quoted_tree(q):
    """A quoted string: its words are 'ptext', encoded when they hold
    specials; descending into it drops the quotes, as CPython's does."""
    children = []
    for piece in re.split(r'([ \t]+)', _unquote(q)):
        if piece:
            children.append(ws(piece) if piece[0] in ' \t'
                            else Tok(piece, kind='ptext'))
    return Tok(children=children, kind='quoted')


def _atom(children):
    return Tok(children=children)


def _phrase_tree(pieces):
    """A display name: words keep the blanks around them (CPython's atoms
    carry their white space), and encoded words inside may merge."""
    atoms = []
    lead = []
    for kind, s in pieces:
        if kind in ('ws', 'comment'):
            tok = ws(s) if kind == 'ws' else Tok(children=[word(s)], ew=False)
            if atoms:
                atoms[-1].children.append(tok)
            else:
                lead.append(tok)
            continue
        if kind == 'quoted':
            body = _quoted_tree(s)
        elif kind == 'atom' and s.startswith('=?') and \
                _refold.decode_word(s) is not None:
            body = word(_refold.decode_word(s))
        else:
            body = word(s)
        atoms.append(_atom(lead + [body]))
        lead = []
    if lead:
        atoms.append(_atom(lead))
    return Tok(children=atoms, combine=False)


def _addr_spec_tree(spec):
    """local-part '@' domain, dot-separated words, never encoded."""
    def dotted(text):
        parts = []
        for i, piece in enumerate(text.split('.')):
            if i:
                parts.append(word('.'))
            if piece:
                parts.append(word(piece))
        return Tok(children=parts, ew=False)
    if spec.startswith('"') or '@' not in spec:
        return Tok(children=[Tok(children=[word(spec)], ew=False)], ew=False)
    local, _, domain = spec.rpartition('@')
    return Tok(children=[dotted(local), word('@'), dotted(domain)], ew=False)


def _mailbox_tree(pieces):
    """Folding tree of one mailbox: CPython never encodes a mailbox as a
    whole (as_ew_allowed is false), only words of its display name."""
    kinds = [k for k, _ in pieces]
    if 'angle' in kinds:
        at = kinds.index('angle')
        children = []
        if pieces[:at]:
            children.append(_phrase_tree(pieces[:at]))
        angle = pieces[at][1]
        inner = angle[1:-1] if angle.endswith('>') else angle[1:]
        children.append(Tok(children=[word('<'), _addr_spec_tree(inner),
                                      word('>')], ew=False))
        for k, s in pieces[at + 1:]:
            children.append(ws(s) if k == 'ws' else
                            Tok(children=[word(s)], ew=False))
        return Tok(children=children, ew=False)
    children = []
    spec = ''
    for k, s in pieces:
        if k in ('ws', 'comment'):
            if spec:
                children.append(_addr_spec_tree(spec))
                spec = ''
            children.append(ws(s) if k == 'ws' else
                            Tok(children=[word(s)], ew=False))
        else:
            spec += s
    if spec:
        children.append(_addr_spec_tree(spec))
    return Tok(children=children, ew=False)


def parse_address_list(value):
    """(groups, folding tree) for an address-list header value."""
    groups = []
    tree = []
    current = []
    group_name = None
    members = None
    group_tree = None

    def finish_mailbox():
        nonlocal current
        if current:
            addr = _mailbox(current)
            node = _mailbox_tree(current)
            if addr is not None:
                if members is not None:
                    members.append(addr)
                else:
                    groups.append(Group(None, [addr]))
            (group_tree if group_tree is not None else tree).append(node)
        current = []

    for kind, s in _scan(value):
        if kind == 'special' and s == ',':
            finish_mailbox()
            (group_tree if group_tree is not None else tree).append(word(','))
        elif kind == 'special' and s == ':' and members is None and \
                not any(k == 'angle' or '@' in t for k, t in current):
            group_name = _phrase_text(current)
            group_tree = [_phrase_tree(current)]
            group_tree.append(word(':'))
            members = []
            current = []
        elif kind == 'special' and s == ';' and members is not None:
            finish_mailbox()
            group_tree.append(word(';'))
            groups.append(Group(group_name, members))
            tree.append(Tok(children=group_tree, ew=False))
            members = None
            group_tree = None
        else:
            current.append((kind, s))
    finish_mailbox()
    if members is not None:
        groups.append(Group(group_name, members))
        tree.append(Tok(children=group_tree, ew=False))
    return groups, Tok(children=tree, ew=False)
