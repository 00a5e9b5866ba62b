"""ntpath: Windows path syntax (drive letters, UNC shares, '\\' and '/'), usable on any system
because it only parses strings; the functions that touch files ask os (written for Weft).

Where a Windows call would be needed (the final path name, volume mount points) this behaves as
CPython's ntpath does on a POSIX host: realpath is abspath, ismount only looks at the text.
"""
import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext', 'basename', 'dirname',
           'commonprefix', 'getsize', 'getmtime', 'getatime', 'getctime', 'islink', 'exists',
           'lexists', 'isdir', 'isfile', 'ismount', 'expanduser', 'expandvars', 'normpath',
           'abspath', 'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath', 'samefile',
           'sameopenfile', 'samestat', 'commonpath']

curdir = '.'
pardir = '..'
extsep = '.'
sep = '\\'
pathsep = ';'
altsep = '/'
defpath = '.;C:\\bin'
devnull = 'nul'
supports_unicode_filenames = False


def _get_bothseps(path):
    return b'\\/' if isinstance(path, bytes) else '\\/'


def _consts(path):
    """(sep, altsep, colon, curdir, pardir) in the type of path (str or bytes)."""
    if isinstance(path, bytes):
        return b'\\', b'/', b':', b'.', b'..'
    return '\\', '/', ':', '.', '..'


def normcase(s):
    """Normalize case of pathname.

    Makes all characters lowercase and all slashes into backslashes."""
    s = os.fspath(s)
    if isinstance(s, bytes):
        return s.replace(b'/', b'\\').lower()
    return s.replace('/', '\\').lower()


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    sep_, alt, colon = _consts(s)[:3]
    head = s[:3].replace(alt, sep_)
    # a rooted path without a drive ("\\x") counts as absolute, as it always has in CPython
    return head.startswith(sep_) or head.startswith(colon + sep_, 1)


def splitdrive(p):
    """Split a pathname into drive/UNC sharepoint and relative path specifiers.
    Returns a 2-tuple (drive_or_unc, path); either part may be empty.
    """
    p = os.fspath(p)
    if len(p) < 2:
        return p[:0], p
    sep_, alt, colon = _consts(p)[:3]
    normp = p.replace(alt, sep_)
    if normp[:2] == sep_ * 2:
        # UNC (\\server\share), device (\\.\dev) or extended (\\?\UNC\server\share) drive
        unc_prefix = b'\\\\?\\UNC\\' if isinstance(p, bytes) else '\\\\?\\UNC\\'
        start = len(unc_prefix) if normp[:8].upper() == unc_prefix else 2
        server_end = normp.find(sep_, start)
        if server_end == -1:
            return p, p[:0]
        share_end = normp.find(sep_, server_end + 1)
        if share_end == -1:
            return p, p[:0]
        return p[:share_end], p[share_end:]
    if normp[1:2] == colon:
        return p[:2], p[2:]
    return p[:0], p


def join(path, *paths):
    path = os.fspath(path)
    sep_, alt, colon = _consts(path)[:3]
    seps = sep_ + alt
    try:
        if not paths:
            path[:0] + sep_  # a TypeError for a non-str, non-bytes path, as CPython
        drive, rest = splitdrive(path)
        for p in map(os.fspath, paths):
            p_drive, p_rest = splitdrive(p)
            if p_rest and p_rest[0] in seps:
                # an absolute component replaces what came before, keeping the drive if it has none
                if p_drive or not drive:
                    drive = p_drive
                rest = p_rest
                continue
            if p_drive and p_drive != drive:
                if p_drive.lower() != drive.lower():
                    drive, rest = p_drive, p_rest
                    continue
                drive = p_drive
            if rest and rest[-1] not in seps:
                rest = rest + sep_
            rest = rest + p_rest
        # a UNC drive needs a separator before a relative rest; "c:" + "x" stays drive-relative
        if rest and rest[0] not in seps and drive and drive[-1:] != colon:
            return drive + sep_ + rest
        return drive + rest
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', path, *paths)
        raise


def split(p):
    """Split a pathname.

    Return tuple (head, tail) where tail is everything after the final slash.
    Either part may be empty."""
    p = os.fspath(p)
    seps = _get_bothseps(p)
    d, p = splitdrive(p)
    i = len(p)
    while i and p[i - 1] not in seps:
        i -= 1
    head, tail = p[:i], p[i:]
    return d + (head.rstrip(seps) or head), tail


def splitext(p):
    p = os.fspath(p)
    if isinstance(p, bytes):
        return genericpath._splitext(p, b'\\', b'/', b'.')
    return genericpath._splitext(p, '\\', '/', '.')


splitext.__doc__ = genericpath._splitext.__doc__


def basename(p):
    """Returns the final component of a pathname"""
    return split(p)[1]


def dirname(p):
    """Returns the directory component of a pathname"""
    return split(p)[0]


def islink(path):
    """Test whether a path is a symbolic link.
    This will always return false for Windows prior to 6.0.
    """
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Test whether a path is a mount point (a drive root, the root of a
    share, or a mounted volume)"""
    path = os.fspath(path)
    seps = _get_bothseps(path)
    path = abspath(path)
    root, rest = splitdrive(path)
    if root and root[0] in seps:
        return (not rest) or (rest in seps)
    # without Windows there are no volume mount points to ask about
    return bool(rest) and rest in seps


def expanduser(path):
    """Expand ~ and ~user constructs.

    If user or $HOME is unknown, do nothing."""
    path = os.fspath(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    seps = _get_bothseps(path)
    i, n = 1, len(path)
    while i < n and path[i] not in seps:
        i += 1
    if 'USERPROFILE' in os.environ:
        userhome = os.environ['USERPROFILE']
    elif 'HOMEPATH' not in os.environ:
        return path
    else:
        userhome = join(os.environ.get('HOMEDRIVE', ''), os.environ['HOMEPATH'])
    if i != 1:
        target_user = path[1:i]
        if isinstance(target_user, bytes):
            target_user = os.fsdecode(target_user)
        current_user = os.environ.get('USERNAME')
        if target_user != current_user:
            # guess that profiles sit side by side, named for their users; bail out when the
            # current one does not follow that pattern
            if current_user != basename(userhome):
                return path
            userhome = join(dirname(userhome), target_user)
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    return userhome + path[i:]


def _environ_value(name, is_bytes):
    """The environment variable name (str or bytes) in the same type, or None when unset."""
    if is_bytes:
        value = os.environ.get(os.fsdecode(name))
        return None if value is None else os.fsencode(value)
    return os.environ.get(name)


def expandvars(path):
    """Expand shell variables of the forms $var, ${var} and %var%.

    Unknown variables are left unchanged."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    if is_bytes:
        if b'$' not in path and b'%' not in path:
            return path
        # work on the text, one byte per character, and give bytes back at the end
        text = path.decode('latin-1')
    else:
        if '$' not in path and '%' not in path:
            return path
        text = path
    out = []
    i, n = 0, len(text)
    varchars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'

    def lookup(name, unset):
        key = name.encode('latin-1') if is_bytes else name
        value = _environ_value(key, is_bytes)
        if value is None:
            return unset
        return value.decode('latin-1') if is_bytes else value

    while i < n:
        c = text[i]
        if c == "'":
            # single quotes protect their content, quotes included
            end = text.find("'", i + 1)
            if end < 0:
                out.append(text[i:])
                break
            out.append(text[i:end + 1])
            i = end + 1
        elif c == '%':
            if text[i + 1:i + 2] == '%':
                out.append('%')
                i += 2
                continue
            end = text.find('%', i + 1)
            if end < 0:
                out.append(text[i:])
                break
            name = text[i + 1:end]
            out.append(lookup(name, '%' + name + '%'))
            i = end + 1
        elif c == '$':
            nxt = text[i + 1:i + 2]
            if nxt == '$':
                out.append('$')
                i += 2
            elif nxt == '{':
                end = text.find('}', i + 2)
                if end < 0:
                    out.append(text[i:])
                    break
                name = text[i + 2:end]
                out.append(lookup(name, '${' + name + '}'))
                i = end + 1
            else:
                j = i + 1
                while j < n and text[j] in varchars:
                    j += 1
                name = text[i + 1:j]
                out.append(lookup(name, '$' + name))
                i = j
        else:
            out.append(c)
            i += 1
    result = ''.join(out)
    return result.encode('latin-1') if is_bytes else result


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    sep_, alt, colon, cur, par = _consts(path)
    path = path.replace(alt, sep_)
    prefix, path = splitdrive(path)
    if path.startswith(sep_):
        prefix = prefix + sep_
        path = path.lstrip(sep_)
    comps = []
    for comp in path.split(sep_):
        if not comp or comp == cur:
            continue
        if comp == par:
            if comps and comps[-1] != par:
                comps.pop()
                continue
            if not comps and prefix.endswith(sep_):
                continue  # ".." at a root stays at the root
        comps.append(comp)
    if not prefix and not comps:
        return cur
    return prefix + sep_.join(comps)


def abspath(path):
    """Return the absolute version of a path."""
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


# with no Windows underneath there is no final path to ask for: CPython's ntpath does the same
realpath = abspath


def relpath(path, start=None):
    """Return a relative version of a path"""
    path = os.fspath(path)
    sep_, alt, colon, cur, par = _consts(path)
    if start is None:
        start = cur
    if not path:
        raise ValueError("no path specified")
    start = os.fspath(start)
    try:
        start_abs = abspath(normpath(start))
        path_abs = abspath(normpath(path))
        start_drive, start_rest = splitdrive(start_abs)
        path_drive, path_rest = splitdrive(path_abs)
        if normcase(start_drive) != normcase(path_drive):
            raise ValueError("path is on mount %r, start on mount %r" % (path_drive, start_drive))
        start_list = [x for x in start_rest.split(sep_) if x]
        path_list = [x for x in path_rest.split(sep_) if x]
        common = 0
        for a, b in zip(start_list, path_list):
            if normcase(a) != normcase(b):
                break
            common += 1
        rel_list = [par] * (len(start_list) - common) + path_list[common:]
        if not rel_list:
            return cur
        return join(*rel_list)
    except (TypeError, ValueError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    sep_, alt, colon, cur, par = _consts(paths[0])
    try:
        drivesplits = [splitdrive(p.replace(alt, sep_).lower()) for p in paths]
        try:
            isabs_, = set(p[:1] == sep_ for d, p in drivesplits)
        except ValueError:
            raise ValueError("Can't mix absolute and relative paths") from None
        if len(set(d for d, p in drivesplits)) != 1:
            raise ValueError("Paths don't have the same drive")
        drive, path = splitdrive(paths[0].replace(alt, sep_))
        common = [c for c in path.split(sep_) if c and c != cur]
        split_paths = [[c for c in p.split(sep_) if c and c != cur] for d, p in drivesplits]
        low, high = min(split_paths), max(split_paths)
        n = 0
        while n < len(low) and low[n] == high[n]:
            n += 1
        common = common[:n]
        prefix = drive + sep_ if isabs_ else drive
        return prefix + sep_.join(common)
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
