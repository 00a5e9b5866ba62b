"""RFC 2822 date and address parsing: the lenient, hand-rolled parsers that
email.utils exposes (parsedate, parseaddr, getaddresses)."""

import time
import calendar

__all__ = ['mktime_tz', 'parsedate', 'parsedate_tz', 'quote']

_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep',
           'oct', 'nov', 'dec', 'january', 'february', 'march', 'april',
           'may', 'june', 'july', 'august', 'september', 'october',
           'november', 'december']
_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']
# Zone names in the +hhmm notation, as RFC 822 and its US habits know them.
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}


def parsedate_tz(data):
    """Parse a date into a 10-tuple whose last item is the UTC offset in
    seconds (0 when the date names no zone)."""
    res = _parsedate_tz(data)
    if not res:
        return None
    if res[9] is None:
        res[9] = 0
    return tuple(res)


def _split_time(tm):
    parts = tm.split(':')
    if len(parts) == 1 and '.' in parts[0]:
        parts = parts[0].split('.')
    if len(parts) == 2:
        return parts[0], parts[1], '0'
    if len(parts) == 3:
        return parts[0], parts[1], parts[2]
    return None


def _parsedate_tz(data):
    """The list form of parsedate_tz; its zone is None when none was given
    or when it was -0000 (RFC 2822: local time unknown)."""
    if not data:
        return None
    data = data.split()
    if not data:
        return None
    if data[0].endswith(',') or data[0].lower() in _DAYS:
        del data[0]
    else:
        i = data[0].rfind(',')
        if i >= 0:
            data[0] = data[0][i + 1:]
    if len(data) == 3:  # RFC 850: dd-mon-yy hh:mm:ss zone
        pieces = data[0].split('-')
        if len(pieces) == 3:
            data = pieces + data[1:]
    if len(data) == 4:
        s = data[3]
        i = s.find('+')
        if i == -1:
            i = s.find('-')
        if i > 0:
            data[3:] = [s[:i], s[i:]]
        else:
            data.append('')
    if len(data) < 5:
        return None
    dd, mm, yy, tm, tz = data[:5]
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTHS:
        dd, mm = mm, dd.lower()
        if mm not in _MONTHS:
            return None
    mm = _MONTHS.index(mm) + 1
    if mm > 12:
        mm -= 12
    if dd[-1] == ',':
        dd = dd[:-1]
    if yy.find(':') > 0:
        yy, tm = tm, yy
    if yy[-1] == ',':
        yy = yy[:-1]
        if not yy:
            return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if tm[-1] == ',':
        tm = tm[:-1]
    hms = _split_time(tm)
    if hms is None:
        return None
    try:
        yy = int(yy)
        dd = int(dd)
        thh, tmm, tss = int(hms[0]), int(hms[1]), int(hms[2])
    except ValueError:
        return None
    if yy < 100:
        yy += 1900 if yy > 68 else 2000
    offset = None
    tz = tz.upper()
    if tz in _ZONES:
        offset = _ZONES[tz]
    else:
        try:
            offset = int(tz)
        except ValueError:
            pass
        if offset == 0 and tz.startswith('-'):
            offset = None
    if offset:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [yy, mm, dd, thh, tmm, tss, 0, 1, -1, offset]


def parsedate(data):
    """Parse a date into a 9-tuple usable by time.mktime."""
    t = parsedate_tz(data)
    if isinstance(t, tuple):
        return t[:9]
    return t


def mktime_tz(data):
    """Turn a 10-tuple from parsedate_tz() into a POSIX timestamp."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(s):
    """Escape backslashes and double quotes for a quoted-string."""
    return s.replace('\\', '\\\\').replace('"', '\\"')


_SPECIALS = '()<>@,:;."[]'
_LWS = ' \t'
_CR = '\r\n'
_FWS = _LWS + _CR
_ATOM_ENDS = _SPECIALS + _LWS + _CR
_PHRASE_ENDS = _ATOM_ENDS.replace('.', '')


class AddrlistClass:
    """A cursor over an address-list field (RFC 2822 section 3.4), lenient
    the way mail readers are: it yields (realname, address) pairs."""

    def __init__(self, field):
        self.specials = _SPECIALS
        self.pos = 0
        self.LWS = _LWS
        self.CR = _CR
        self.FWS = _FWS
        self.atomends = _ATOM_ENDS
        self.phraseends = _PHRASE_ENDS
        self.field = field
        self.commentlist = []

    def _at(self, chars):
        return self.pos < len(self.field) and self.field[self.pos] in chars

    def gotonext(self):
        """Skip white space and comments; return the blanks skipped."""
        blanks = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in self.LWS + '\n\r':
                if c not in '\n\r':
                    blanks.append(c)
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            else:
                break
        return ''.join(blanks)

    def getaddrlist(self):
        result = []
        while self.pos < len(self.field):
            ad = self.getaddress()
            if ad:
                result += ad
            else:
                result.append(('', ''))
        return result

    def getaddress(self):
        self.commentlist = []
        self.gotonext()
        oldpos, oldcl = self.pos, self.commentlist
        plist = self.getphraselist()
        self.gotonext()
        found = []
        if self.pos >= len(self.field):
            if plist:
                found = [(' '.join(self.commentlist), plist[0])]
        elif self.field[self.pos] in '.@':
            self.pos, self.commentlist = oldpos, oldcl
            spec = self.getaddrspec()
            found = [(' '.join(self.commentlist), spec)]
        elif self.field[self.pos] == ':':
            self.pos += 1
            while self.pos < len(self.field):
                self.gotonext()
                if self._at(';'):
                    self.pos += 1
                    break
                found = found + self.getaddress()
        elif self.field[self.pos] == '<':
            route = self.getrouteaddr()
            name = ' '.join(plist)
            if self.commentlist:
                name += ' (' + ' '.join(self.commentlist) + ')'
            found = [(name, route)]
        else:
            if plist:
                found = [(' '.join(self.commentlist), plist[0])]
            elif self.field[self.pos] in self.specials:
                self.pos += 1
        self.gotonext()
        if self._at(','):
            self.pos += 1
        return found

    def getrouteaddr(self):
        if not self._at('<'):
            return None
        in_route = False
        self.pos += 1
        self.gotonext()
        spec = ''
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if in_route:
                self.getdomain()
                in_route = False
            elif c == '>':
                self.pos += 1
                break
            elif c == '@':
                self.pos += 1
                in_route = True
            elif c == ':':
                self.pos += 1
            else:
                spec = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return spec

    def getaddrspec(self):
        parts = []
        self.gotonext()
        while self.pos < len(self.field):
            keep_blank = True
            c = self.field[self.pos]
            if c == '.':
                if parts and not parts[-1].strip():
                    parts.pop()
                parts.append('.')
                self.pos += 1
                keep_blank = False
            elif c == '"':
                parts.append('"%s"' % quote(self.getquote()))
            elif c in self.atomends:
                if parts and not parts[-1].strip():
                    parts.pop()
                break
            else:
                parts.append(self.getatom())
            blank = self.gotonext()
            if keep_blank and blank:
                parts.append(blank)
        if not self._at('@'):
            return ''.join(parts)
        parts.append('@')
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain:
            return ''
        return ''.join(parts) + domain

    def getdomain(self):
        parts = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in self.LWS:
                self.pos += 1
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c == '[':
                parts.append(self.getdomainliteral())
            elif c == '.':
                self.pos += 1
                parts.append('.')
            elif c == '@':
                return ''
            elif c in self.atomends:
                break
            else:
                parts.append(self.getatom())
        return ''.join(parts)

    def getdelimited(self, beginchar, endchars, allowcomments=True):
        if not self._at(beginchar):
            return ''
        out = ['']
        escaped = False
        self.pos += 1
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if escaped:
                out.append(c)
                escaped = False
            elif c in endchars:
                self.pos += 1
                break
            elif allowcomments and c == '(':
                out.append(self.getcomment())
                continue
            elif c == '\\':
                escaped = True
            else:
                out.append(c)
            self.pos += 1
        return ''.join(out)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited('(', ')\r', True)

    def getdomainliteral(self):
        return '[%s]' % self.getdelimited('[', ']\r', False)

    def getatom(self, atomends=None):
        ends = self.atomends if atomends is None else atomends
        start = self.pos
        while self.pos < len(self.field) and self.field[self.pos] not in ends:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        words = []
        while self.pos < len(self.field):
            c = self.field[self.pos]
            if c in self.FWS:
                self.pos += 1
            elif c == '"':
                words.append(self.getquote())
            elif c == '(':
                self.commentlist.append(self.getcomment())
            elif c in self.phraseends:
                break
            else:
                words.append(self.getatom(self.phraseends))
        return words


class AddressList(AddrlistClass):
    """An address list with set-like + and - operations."""

    def __init__(self, field):
        super().__init__(field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __add__(self, other):
        new = AddressList(None)
        new.addresslist = self.addresslist[:]
        for x in other.addresslist:
            if x not in self.addresslist:
                new.addresslist.append(x)
        return new

    def __sub__(self, other):
        new = AddressList(None)
        for x in self.addresslist:
            if x not in other.addresslist:
                new.addresslist.append(x)
        return new

    def __getitem__(self, index):
        return self.addresslist[index]
