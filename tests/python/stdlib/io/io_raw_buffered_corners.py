import io, sys
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
b = io.BytesIO(b"hello world")
t(lambda: b.read(5)); t(lambda: b.tell()); t(lambda: b.truncate(8)); t(lambda: b.getvalue()); t(lambda: b.read())
t(lambda: b.seek(100)); t(lambda: b.write(b"!")); t(lambda: b.getvalue()); t(lambda: len(b.getbuffer()))
bw = io.BufferedWriter(io.BytesIO(), buffer_size=4)
t(lambda: bw.write(b"abcdef")); t(lambda: bw.raw.getvalue()); t(lambda: bw.flush()); t(lambda: bw.raw.getvalue())
br = io.BufferedReader(io.BytesIO(b"line1\nline2\nline3"))
t(lambda: br.readline()); t(lambda: br.readlines()); t(lambda: br.read())
rw = io.BufferedRandom(io.BytesIO(b"0123456789"))
t(lambda: rw.read(3)); t(lambda: rw.write(b"xx")); t(lambda: rw.seek(0)); t(lambda: rw.read())
tw = io.TextIOWrapper(io.BytesIO(), encoding="utf-8", line_buffering=True)
t(lambda: tw.write("a\nb")); t(lambda: tw.buffer.getvalue()); t(lambda: tw.line_buffering)
t(lambda: tw.reconfigure(line_buffering=False)); t(lambda: tw.write("c\n")); t(lambda: tw.buffer.getvalue())
s = io.StringIO("abc\ndef\n")
t(lambda: s.readline(2)); t(lambda: s.readline()); t(lambda: s.readlines(1)); t(lambda: s.seek(0, 2)); t(lambda: s.seek(-1, 2))
t(lambda: s.seek(1, 1)); t(lambda: io.StringIO("x").detach()); t(lambda: io.BytesIO().detach())
t(lambda: io.StringIO(initial_value="z", newline="\r\n").getvalue())
s2 = io.StringIO(newline="\r\n"); s2.write("a\nb"); t(lambda: s2.getvalue())
t(lambda: io.StringIO().line_buffering); t(lambda: io.StringIO().encoding); t(lambda: io.StringIO().errors)
t(lambda: repr(io.StringIO()).split(" at ")[0]); t(lambda: repr(io.BytesIO()).split(" at ")[0])
t(lambda: io.IOBase().readable()); t(lambda: io.RawIOBase().read(1)); t(lambda: io.TextIOBase().read())
class R(io.RawIOBase):
    def __init__(self): self.data = b"raw data here"
    def readable(self): return True
    def readinto(self, b):
        n = min(len(b), len(self.data)); b[:n] = self.data[:n]; self.data = self.data[n:]; return n
t(lambda: R().read()); t(lambda: io.BufferedReader(R()).read(3)); t(lambda: list(io.TextIOWrapper(io.BufferedReader(R()))))
t(lambda: io.open is open); t(lambda: io.text_encoding(None)); t(lambda: io.text_encoding("latin-1"))
