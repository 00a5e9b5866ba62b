"""Mailcap file handling.  See RFC 1524 (deprecated since Python 3.11; written for Weft)."""
import os
import re
import warnings

warnings.warn('The mailcap module is deprecated and will be removed in Python 3.13. See the mimetypes module for an alternative.',
              DeprecationWarning, stacklevel=2)

__all__ = ["getcaps", "findmatch"]


class UnsafeMailcapInput(Warning):
    """Warning raised when refusing unsafe input"""


# what may be substituted into a shell command: word characters, non-ASCII, and @+=:,./-
_find_unsafe = re.compile(r'[^\xa1-\U0010FFFF\w@+=:,./-]').search


def lineno_sort_key(entry):
    # entries from files keep their order; entries without a line number come after
    if 'lineno' in entry:
        return 0, entry['lineno']
    return 1, 0


def getcaps():
    """Return a dictionary containing the mailcap database.

    The dictionary maps a MIME type (in all lowercase, e.g. 'text/plain')
    to a list of dictionaries corresponding to mailcap entries.  The list
    collects all the entries for that MIME type from all available mailcap
    files.  Each dictionary contains key-value pairs for that MIME type,
    where the viewing command is stored with the key "view".

    """
    caps = {}
    lineno = 0
    for mailcap in listmailcapfiles():
        try:
            fp = open(mailcap, 'r')
        except OSError:
            continue
        with fp:
            morecaps, lineno = _readmailcapfile(fp, lineno)
        for key, value in morecaps.items():
            caps[key] = caps.get(key, []) + value
    return caps


def listmailcapfiles():
    """Return a list of all mailcap files found on the system."""
    if 'MAILCAPS' in os.environ:
        return os.environ['MAILCAPS'].split(os.pathsep)
    home = os.environ.get('HOME', '.')
    return [home + '/.mailcap', '/etc/mailcap', '/usr/etc/mailcap', '/usr/local/etc/mailcap']


def readmailcapfile(fp):
    """Read a mailcap file and return a dictionary keyed by MIME type."""
    warnings.warn('readmailcapfile is deprecated, use getcaps instead', DeprecationWarning, 2)
    caps, _ = _readmailcapfile(fp, None)
    return caps


def _readmailcapfile(fp, lineno):
    """Read a mailcap file and return a dictionary keyed by MIME type.

    Each MIME type is mapped to an entry consisting of a list of
    dictionaries; the list will contain more than one such dictionary
    if a given MIME type appears more than once in the mailcap file.
    Each dictionary contains key-value pairs for that MIME type, where
    the viewing command is stored with the key "view".
    """
    caps = {}
    while True:
        line = fp.readline()
        if not line:
            break
        if line[0] == '#' or line.strip() == '':
            continue
        # a backslash before the newline continues the entry on the next line
        nextline = line
        while nextline[-2:] == '\\\n':
            nextline = fp.readline() or '\n'
            line = line[:-2] + nextline
        key, fields = parseline(line)
        if not (key and fields):
            continue
        if lineno is not None:
            fields['lineno'] = lineno
            lineno += 1
        key = '/'.join(part.strip() for part in key.split('/')).lower()
        caps.setdefault(key, []).append(fields)
    return caps, lineno


def parseline(line):
    """Parse one entry in a mailcap file and return a dictionary.

    The viewing command is stored as the value with the key "view",
    and the rest of the fields produce key-value pairs in the dict.
    """
    fields = []
    i, n = 0, len(line)
    while i < n:
        field, i = parsefield(line, i, n)
        fields.append(field)
        i = i + 1  # skip the semicolon
    if len(fields) < 2:
        return None, None
    key, view, rest = fields[0], fields[1], fields[2:]
    fields = {'view': view}
    for field in rest:
        name, eq, value = field.partition('=')
        if eq:
            name, value = name.strip(), value.strip()
        # the first of repeated fields counts
        if name not in fields:
            fields[name] = value
    return key, fields


def parsefield(line, i, n):
    """Separate one key-value pair in a mailcap entry."""
    start = i
    while i < n:
        c = line[i]
        if c == ';':
            break
        i = i + 2 if c == '\\' else i + 1
    return line[start:i].strip(), i


def findmatch(caps, MIMEtype, key='view', filename="/dev/null", plist=[]):
    """Find a match for a mailcap entry.

    Return a tuple containing the command line, and the mailcap entry
    used; (None, None) if no match is found.  This may invoke the
    'test' command of several matching entries before deciding which
    entry to use.

    """
    if _find_unsafe(filename):
        msg = "Refusing to use mailcap with filename %r. Use a safe temporary filename." % (filename,)
        warnings.warn(msg, UnsafeMailcapInput)
        return None, None
    for e in lookup(caps, MIMEtype, key):
        if 'test' in e:
            # as CPython, the test command is substituted with the file name in the MIME type's place
            test = subst(e['test'], filename, plist)
            if test is None:
                continue
            if test and os.system(test) != 0:
                continue
        command = subst(e[key], MIMEtype, filename, plist)
        if command is not None:
            return command, e
    return None, None


def lookup(caps, MIMEtype, key=None):
    entries = list(caps.get(MIMEtype, []))
    wildcard = MIMEtype.split('/')[0] + '/*'
    entries = entries + caps.get(wildcard, [])
    if key is not None:
        entries = [e for e in entries if key in e]
    return sorted(entries, key=lineno_sort_key)


def subst(field, MIMEtype, filename, plist=[]):
    # %s the file, %t the type, %{name} a parameter, %% a percent sign; backslash quotes
    res = []
    i, n = 0, len(field)
    while i < n:
        c = field[i]
        i = i + 1
        if c != '%':
            if c == '\\':
                c = field[i:i + 1]
                i = i + 1
            res.append(c)
            continue
        c = field[i]
        i = i + 1
        if c == '%':
            res.append(c)
        elif c == 's':
            res.append(filename)
        elif c == 't':
            if _find_unsafe(MIMEtype):
                msg = "Refusing to substitute MIME type %r into a shell command." % (MIMEtype,)
                warnings.warn(msg, UnsafeMailcapInput)
                return None
            res.append(MIMEtype)
        elif c == '{':
            start = i
            while i < n and field[i] != '}':
                i = i + 1
            name = field[start:i]
            i = i + 1
            param = findparam(name, plist)
            if _find_unsafe(param):
                msg = "Refusing to substitute parameter %r (%s) into a shell command" % (param, name)
                warnings.warn(msg, UnsafeMailcapInput)
                return None
            res.append(param)
        else:
            res.append('%' + c)
    return ''.join(res)


def findparam(name, plist):
    name = name.lower() + '='
    n = len(name)
    for p in plist:
        if p[:n].lower() == name:
            return p[n:]
    return ''


def show(caps):
    print("Mailcap files:")
    for fn in listmailcapfiles():
        print("\t" + fn)
    print()
    if not caps:
        caps = getcaps()
    print("Mailcap entries:")
    print()
    for type in sorted(caps):
        print(type)
        for e in caps[type]:
            for k in sorted(e):
                print("  %-15s" % k, e[k])
            print()
