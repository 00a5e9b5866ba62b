# netrc: machines, default, macdef, quoting, comments, and CPython's parse errors
import netrc
import os
import tempfile

def parse(text):
    fd, path = tempfile.mkstemp(suffix='.netrc')
    with os.fdopen(fd, 'w') as f:
        f.write(text)
    try:
        n = netrc.netrc(path)
        return n
    except netrc.NetrcParseError as e:
        print('NetrcParseError:', e.msg, 'line', e.lineno, os.path.basename(e.filename) == os.path.basename(path))
    finally:
        os.unlink(path)

n = parse('machine host.example login alice password "p w\\"q"\n'
          'machine other account acct login bob password x # trailing comment\n'
          'default login anon password guest\n'
          'macdef init\ncd /pub\nbinary\n\n'
          'machine late user l\n')
print(n.hosts)
print(n.macros)
print(n.authenticators('host.example'), n.authenticators('other'), n.authenticators('unknown'))
print(repr(n))
n2 = parse('machine h\n\tlogin u\n\tpassword p\n')
print(n2.authenticators('x'), n2.hosts)
for bad in ['machine\n', 'foo bar\n', 'machine h login u bogus v\n', 'macdef m\nline\n',
            'machine h login u\n# comment on its own line\n']:
    parse(bad)
e = netrc.NetrcParseError('msg', 'file', 3)
print(str(e), e.args)
try:
    netrc.netrc('/nonexistent/dir/.netrc')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
