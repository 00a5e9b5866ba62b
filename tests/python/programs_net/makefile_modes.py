# socket.makefile in its modes: binary, text, unbuffered, and the errors of bad modes.
import io
import socket

a, b = socket.socketpair()
wb = a.makefile('wb')
rb = b.makefile('rb')
print(type(wb).__name__, type(rb).__name__, wb.writable(), rb.readable())
wb.write(b'bytes line\n')
wb.flush()
print(rb.readline())
raw = a.makefile('wb', buffering=0)
print(type(raw).__name__, isinstance(raw, io.RawIOBase), raw.mode)
raw.write(b'raw write\n')
print(rb.readline())
wt = a.makefile('w', encoding='utf-8')
rt = b.makefile('r', encoding='utf-8')
print(isinstance(wt, io.TextIOBase), isinstance(rt, io.TextIOBase))
wt.write('text with unicode: \u00e9\u00e8\n')
wt.flush()
print(rt.readline(), end='')
try:
    a.makefile('rx')
except ValueError as e:
    print('ValueError', e)
try:
    a.makefile('r', buffering=0)
except ValueError as e:
    print('ValueError', e)
for f in (wb, rb, raw, wt, rt):
    f.close()
print(rb.closed, raw.closed)
a.close()
b.close()
