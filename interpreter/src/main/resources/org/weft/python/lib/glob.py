"""glob: Unix shell-style pathname pattern expansion (weft's own implementation)."""
import os
import fnmatch
import itertools

__all__ = ['glob', 'iglob', 'escape']


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def has_magic(s):
    chars = b'*?[' if isinstance(s, bytes) else '*?['
    return any(c in s for c in (chars if isinstance(s, str) else [bytes([b]) for b in chars]))


def _is_recursive(pat):
    return pat == '**' or pat == b'**'


def escape(pathname):
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        return drive + b''.join(b'[' + bytes([c]) + b']' if c in b'*?[' else bytes([c]) for c in rest)
    return drive + ''.join('[' + c + ']' if c in '*?[' else c for c in rest)


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or recursive and _is_recursive(pathname[:2]):
        # a pattern starting with '**' first yields the top directory itself, as the empty name:
        # CPython drops it
        first = next(it, None)
        if first:
            it = itertools.chain((first,), it)
    return it


def _join(root, p):
    return os.path.join(root, p) if root is not None and p else (p if root is None else root)


def _exists(root, p, isdir=False):
    full = os.path.join(root, p) if root is not None else p
    return os.path.isdir(full) if isdir else os.path.lexists(full)


def _iglob(pathname, root, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root, pathname):
                yield pathname
        elif _exists(root, dirname, True):
            yield pathname
        return
    if not dirname:
        if recursive and _is_recursive(basename):
            yield from _glob2(root, basename, dironly, include_hidden)
        else:
            yield from _glob1(root, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        fn = _glob2 if recursive and _is_recursive(basename) else _glob1
    else:
        fn = _glob0
    for d in dirs:
        for name in fn(_join(root, d) if root is not None else d, basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _list(dirname, dironly):
    try:
        with os.scandir(dirname or os.curdir) as it:
            out = []
            for entry in it:
                try:
                    if not dironly or entry.is_dir():
                        out.append(entry.name)
                except OSError:
                    pass
            return out
    except OSError:
        return []


def _hidden(name):
    return name[0] in ('.', ord('.'))


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _list(dirname, dironly)
    if not (include_hidden or _hidden(pattern)):
        names = [n for n in names if not _hidden(n)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(os.path.join(dirname, basename) if dirname else basename):
            return [basename]
    elif dirname and os.path.isdir(dirname):  # CPython: isdir('') is False (weft's os.path says True)
        return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _rlistdir(dirname, dironly, include_hidden):
    for x in _list(dirname, dironly):
        if include_hidden or not _hidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(x, y)


