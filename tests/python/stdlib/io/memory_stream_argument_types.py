# StringIO and BytesIO convert their size, hint and position arguments as
# CPython's C versions do: None or an integer (anything with __index__), with
# CPython's messages for other types, negative sizes and huge values.
import io


class Three:
    def __index__(self):
        return 3


calls = [
    "read(1.5)", "read('2')", "read(None)", "read(Three())", "read(-7)",
    "readline(2.0)", "readline(Three())", "readlines(1.5)", "readlines(None)",
    "truncate(-1)", "truncate(0.5)", "truncate(Three())",
    "seek(1.5)", "seek('0')", "seek(Three())", "seek(0, 1.5)", "seek(0, 7)",
    "seek(2**70)", "truncate(2**70)", "read(2**70)", "read1(1.5)",
]
for cls, data in ((io.StringIO, "abcdef\nghi\n"), (io.BytesIO, b"abcdef\nghi\n")):
    for call in calls:
        stream = cls(data)
        try:
            result = eval("stream." + call)
            print(cls.__name__, call, "->", repr(result), stream.tell())
        except Exception as e:
            print(cls.__name__, call, "!!", type(e).__name__, e)

s = io.StringIO("one\r\ntwo\rthree", newline="")
print(s.readline(Three()), repr(s.readline(None)), s.readlines(None))
