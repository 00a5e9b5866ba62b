"""Convert a NT pathname to a file URL and vice versa (written for Weft).

This module only exists to provide OS-specific code
for urllib.requests, thus do not use directly.
"""
# Testing is done through test_urllib.


def url2pathname(url):
    """OS-specific conversion from a relative URL of the 'file' scheme
    to a file system path; not recommended for general use."""
    # e.g.
    #   ///C|/foo/bar/spam.foo
    # and
    #   ///C:/foo/bar/spam.foo
    # become
    #   C:\foo\bar\spam.foo
    import string
    import urllib.parse
    url = url.replace(':', '|')
    if '|' not in url:
        # no drive: the slashes become backslashes; ////host/share is a UNC path
        if url[:4] == '////':
            url = url[2:]
        return urllib.parse.unquote('\\'.join(url.split('/')))
    before, bar, after = url.partition('|')
    # (an empty drive part is an IndexError, as CPython's is)
    if '|' in after or before[-1] not in string.ascii_letters:
        raise OSError('Bad URL: ' + url)
    path = before[-1].upper() + ':'
    for part in after.split('/'):
        if part:
            path += '\\' + urllib.parse.unquote(part)
    # a URL such as |c/| names the drive's root
    if path.endswith(':') and url.endswith('/'):
        path += '\\'
    return path


def pathname2url(p):
    """OS-specific conversion from a file system path to a relative URL
    of the 'file' scheme; not recommended for general use."""
    # e.g.
    #   C:\foo\bar\spam.foo
    # becomes
    #   ///C:/foo/bar/spam.foo
    import urllib.parse
    # an extended-length path (\\?\C:\... or \\?\UNC\host\share) loses its prefix
    if p[:4] == '\\\\?\\':
        p = p[4:]
        if p[:4].upper() == 'UNC\\':
            p = '\\' + p[4:]
        elif p[1:2] != ':':
            raise OSError('Bad path: ' + p)
    if ':' not in p:
        # no drive: backslashes become slashes; \\host\share becomes ////host/share
        if p[:2] == '\\\\':
            p = '\\\\' + p
        return urllib.parse.quote('/'.join(p.split('\\')))
    drive, _, rest = p.partition(':')
    if ':' in rest or len(drive) > 1:
        raise OSError('Bad path: ' + p)
    url = '///' + urllib.parse.quote(drive.upper()) + ':'
    for part in rest.split('\\'):
        if part:
            url += '/' + urllib.parse.quote(part)
    return url
