"""fnmatch: Unix shell-style filename matching (weft's own implementation).

Patterns are matched by a small backtracking matcher of our own, so this module does not need `re`;
translate() still returns the regular expression CPython 3.11 gives for a pattern.
"""
import os
import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']

# Compiled patterns, shared by all threads: a plain dict whose item assignment is atomic; a lost
# or duplicated entry only costs a recompile.
_cache = {}
_STAR = object()


def fnmatch(name, pat):
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


def filter(names, pat):
    pat = os.path.normcase(pat)
    return [n for n in names if fnmatchcase(os.path.normcase(n), pat)]


def fnmatchcase(name, pat):
    toks = _cache.get(pat)
    if toks is None:
        if len(_cache) > 256:
            _cache.clear()
        toks = _cache[pat] = _compile(pat)
    return _match(toks, name)


def _bracket_end(pat, i, n):
    """Index of the ']' closing a set starting after '[' at i, or -1."""
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    return j if j < n else -1


def _compile(pat):
    if isinstance(pat, bytes):
        pat = pat.decode('latin-1')
    toks = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not toks or toks[-1] is not _STAR:
                toks.append(_STAR)
        elif c == '?':
            toks.append(None)
        elif c == '[':
            j = _bracket_end(pat, i, n)
            if j < 0:
                toks.append('[')
                continue
            body = pat[i:j]
            i = j + 1
            neg = body.startswith('!')
            if neg:
                body = body[1:]
            ranges = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == '-':
                    ranges.append((body[k], body[k + 2]))
                    k += 3
                else:
                    ranges.append((body[k], body[k]))
                    k += 1
            toks.append((neg, tuple(ranges)))
        else:
            toks.append(c)
    return toks


def _one(tok, ch):
    if tok is None:
        return True
    if isinstance(tok, str):
        return tok == ch
    neg, ranges = tok
    hit = False
    for lo, hi in ranges:
        if lo <= ch <= hi:
            hit = True
            break
    return hit != neg


def _match(toks, name):
    if isinstance(name, bytes):
        name = name.decode('latin-1')
    # two-pointer glob matching: remember the last star and retry from one character later
    t = s = 0
    star_t = star_s = -1
    nt, ns = len(toks), len(name)
    while s < ns:
        if t < nt and toks[t] is _STAR:
            star_t, star_s = t, s
            t += 1
        elif t < nt and _one(toks[t], name[s]):
            t += 1
            s += 1
        elif star_t >= 0:
            star_s += 1
            s = star_s
            t = star_t + 1
        else:
            return False
    while t < nt and toks[t] is _STAR:
        t += 1
    return t == nt


def _escape(s):
    special = set('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')
    return ''.join('\\' + c if c in special else c for c in s)


def translate(pat):
    """The regular expression CPython 3.11 writes for pat (CPython: fnmatch.translate)."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not res or res[-1] is not _STAR:
                res.append(_STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = _bracket_end(pat, i, n)
            if j < 0:
                res.append('\\[')
                continue
            res.append(_set_regex(pat, i, j))
            i = j + 1
        else:
            res.append(_escape(c))
    return _join_stars(res)


def _set_regex(pat, i, j):
    if '-' not in pat[i:j]:
        stuff = pat[i:j].replace('\\', '\\\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        stuff = '-'.join(s.replace('\\', '\\\\').replace('-', '\\-') for s in chunks)
    stuff = ''.join('\\' + c if c in '&~|' else c for c in stuff)
    if not stuff:
        return '(?!)'
    if stuff == '!':
        return '.'
    if stuff[0] == '!':
        stuff = '^' + stuff[1:]
    elif stuff[0] in ('^', '['):
        stuff = '\\' + stuff
    return '[%s]' % stuff


def _join_stars(res):
    out = []
    i, n = 0, len(res)
    while i < n and res[i] is not _STAR:
        out.append(res[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append('.*')
            break
        fixed = []
        while i < n and res[i] is not _STAR:
            fixed.append(res[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            out.append('.*')
            out.append(fixed)
        else:
            out.append('(?>.*?%s)' % fixed)
    return '(?s:%s)\\Z' % ''.join(out)
