# ntpath.normpath, relpath, commonpath and expandvars follow Windows rules
import ntpath
import os
for p in ['a/../..', 'c:/../x', 'c:../x', '/..', '\\\\s\\h\\..\\x', 'A//B/./C/', '.', '',
          '\\\\?\\x\\..\\y', 'a\\b\\..\\..\\..\\c']:
    print(repr(p), repr(ntpath.normpath(p)))
print(ntpath.relpath('c:/a/b', 'c:/a/c/d'), ntpath.relpath('C:\\A\\b', 'c:\\a'), ntpath.relpath('c:\\x', 'c:\\x'))
for args in [('c:/a', 'd:/a'), ('',)]:
    try:
        ntpath.relpath(*args)
    except ValueError as e:
        print('ValueError:', e)
print(ntpath.commonpath(['c:/a/b', 'C:\\a\\c']), ntpath.commonpath(['a\\b', 'a/b/c']))
for ps in [['c:/a', '/a'], ['c:/a', 'd:/a'], [], ['a', '\\a']]:
    try:
        ntpath.commonpath(ps)
    except ValueError as e:
        print('ValueError:', e)
os.environ['WEFT_NT'] = 'val'
os.environ.pop('WEFT_UNSET', None)
print(ntpath.expandvars("%WEFT_NT%/$WEFT_NT/${WEFT_NT} %% $$ %WEFT_UNSET% $WEFT_UNSET '%WEFT_NT%' ${x"))
print(ntpath.expandvars(b'$WEFT_NT%WEFT_NT%'))
print(ntpath.commonprefix(['c:\\ab', 'c:\\ac']), ntpath.ismount('c:\\'), ntpath.ismount('\\\\s\\h'), ntpath.ismount('c:\\x'))
print(ntpath.isabs('/x'), ntpath.isabs('c:x'), ntpath.realpath is ntpath.abspath or ntpath.realpath.__name__)
