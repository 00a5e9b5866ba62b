# ntpath parses Windows paths on any system: drives, UNC shares, both separators
import ntpath
paths = ['c:\\a\\b.txt', 'C:foo', '\\\\server\\share\\dir\\f', '//server/share', '\\\\?\\UNC\\srv\\sh\\x',
         '\\\\.\\device\\x', 'a/b\\c', '', '\\', 'c:', '\\\\a', '.hidden', 'd:\\x.tar.gz']
for p in paths:
    print(repr(p), ntpath.splitdrive(p), ntpath.split(p), ntpath.splitext(p), ntpath.isabs(p))
    print('   ', repr(ntpath.basename(p)), repr(ntpath.dirname(p)), repr(ntpath.normcase(p)))
print(ntpath.join('c:', 'x'), ntpath.join('c:\\a', 'D:b'), ntpath.join('c:\\a', 'C:b'))
print(ntpath.join('a', '\\b'), ntpath.join('//s/h', 'x'), ntpath.join('a', 'b', 'c'))
print(ntpath.join(b'a', b'b'), ntpath.splitdrive(b'c:\\x'))
for bad in [(1,), ('a', 1), ('a', b'b')]:
    try:
        ntpath.join(*bad)
    except TypeError as e:
        print('TypeError:', e)
print(ntpath.sep, ntpath.altsep, ntpath.pathsep, ntpath.curdir, ntpath.pardir, ntpath.devnull,
      ntpath.defpath, ntpath.extsep, ntpath.supports_unicode_filenames)
print(sorted(ntpath.__all__))
