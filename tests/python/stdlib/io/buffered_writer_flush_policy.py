# When a BufferedWriter passes bytes on to its raw stream: data that fits in the
# free part of the buffer stays there (even when it fills the buffer exactly);
# data that does not fit first flushes the buffer, then goes straight through
# while more than a buffer's worth remains, and the rest waits in the buffer.
import io


class LoggingRaw(io.RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)


def show(label, raw):
    print(label, raw.chunks)


raw = LoggingRaw()
w = io.BufferedWriter(raw, 8)
w.write(b"abcdef")
show("6 of 8 buffered:", raw)
w.write(b"gh")
show("exactly full, still buffered:", raw)
w.write(b"i")
show("one more flushes the full buffer first:", raw)
w.write(b"0123456789")
show("long write goes straight through:", raw)
w.write(b"xy")
w.flush()
show("after flush:", raw)

bio = io.BytesIO()
w = io.BufferedWriter(bio, 4)
for piece in (b"ab", b"cd", b"e", b"fghij", b"k"):
    print(w.write(piece), bio.getvalue())
w.close()
print(bio.closed)

# A buffer of one byte still buffers a single byte.
bio = io.BytesIO()
w = io.BufferedWriter(bio, 1)
w.write(b"z")
print(bio.getvalue())
w.write(b"xyz")
print(bio.getvalue())
w.flush()
print(bio.getvalue())
