import io
for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO('a\r\nb\rc\nd\r', newline=nl)
    print(repr(nl), s.readlines(), repr(s.getvalue()))
    s.seek(0)
    print([line for line in s], s.tell())
s = io.StringIO('x\ry', newline='')
print(s.readline(1), repr(s.readline()), s.readline(), repr(s.readline()))
s = io.StringIO('p\r\nq', newline='')
print(repr(s.readline(2)), repr(s.readline()), repr(s.readline()))
