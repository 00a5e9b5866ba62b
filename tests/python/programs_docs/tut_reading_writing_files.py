# Tutorial 7.2: reading and writing files in a temporary directory (text and binary, seek/tell, with).
import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'workfile')
    with open(path, 'w', encoding='utf-8') as f:
        print(f.write('This is the first line of the file.\n'), f.write('Second line of the file\n'))
        value = ('the answer', 42)
        s = str(value)
        print(f.write(s + '\n'))
    print(f.closed)
    try:
        f.read()
    except ValueError as e:
        print('ValueError:', e)
    with open(path, encoding='utf-8') as f:
        print(repr(f.read()))
        print(repr(f.read()))
    with open(path, encoding='utf-8') as f:
        print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
    with open(path, encoding='utf-8') as f:
        for line in f:
            print(line, end='')
    with open(path, encoding='utf-8') as f:
        print(list(f)[1:], f.mode, f.encoding)
    with open(path, 'rb+') as f:
        print(f.write(b'0123456789abcdef'), f.seek(5), f.read(1), f.seek(-3, 2), f.read(1), f.tell())
        f.seek(0)
        print(f.read(16))
    with open(path, 'a', encoding='utf-8') as f:
        f.write('appended\n')
    with open(path, encoding='utf-8') as f:
        print(f.readlines()[-1:], os.path.getsize(path))
    with open(path, 'rb') as f:
        f.seek(3)
        print(f.read(4), f.tell())
    try:
        open(os.path.join(d, 'missing.txt'))
    except FileNotFoundError as e:
        print('FileNotFoundError:', e.errno, e.strerror)
    with open(path, 'w', newline='') as f:
        f.write('a\r\nb\n')
    with open(path, 'rb') as f:
        print(f.read())
    with open(path, newline=None) as f:
        print(repr(f.read()))
