# nturl2path: Windows paths to file URLs and back
import nturl2path
for p in ['C:\\foo\\bar\\spam.foo', 'c:\\a b\\é.txt', '\\\\host\\share\\f', '\\\\?\\C:\\long\\path',
          '\\\\?\\UNC\\host\\share\\x', 'relative\\path', 'C:', 'D:\\', 'a%b']:
    print(repr(p), repr(nturl2path.pathname2url(p)))
for u in ['///C|/foo/bar/spam.foo', '///C:/foo/bar/spam.foo', 'C|/', '////host/share/f', '/a%20b/c',
          'x|/y', '|c/|'.replace('|c/|', 'c|/')]:
    print(repr(u), repr(nturl2path.url2pathname(u)))
for fn, arg in [(nturl2path.pathname2url, 'C:\\a:b'), (nturl2path.pathname2url, 'ab:\\x'),
                (nturl2path.pathname2url, '\\\\?\\xyz'), (nturl2path.url2pathname, '1|/x'),
                (nturl2path.url2pathname, 'c|d|e')]:
    try:
        fn(arg)
    except OSError as e:
        print('OSError:', e)
