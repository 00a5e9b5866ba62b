# codecs.open, StreamReader/StreamWriter, StreamReaderWriter and EncodedFile.
import codecs
import io
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), "text.txt")
with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("line one \u00e9\n")
    f.writelines(["line two\n", "three \u20ac"])
with open(path, "rb") as f:
    raw = f.read()
print(raw[:4], len(raw))
with codecs.open(path, "r", encoding="utf-16") as f:
    print(repr(f.readline()))
    print(f.readlines())
with codecs.open(path, encoding="utf-16") as f:
    print([line for line in f])

stream = io.BytesIO()
writer = codecs.getwriter("utf-8")(stream)
writer.write("\u00e9t\u00e9\n")
writer.write("second")
print(stream.getvalue())
stream.seek(0)
reader = codecs.getreader("utf-8")(stream)
print(repr(reader.read(3)), repr(reader.readline()), repr(reader.read()))

raw = io.BytesIO("caf\u00e9\n".encode("latin-1"))
recoder = codecs.EncodedFile(raw, "utf-8", "latin-1")
print(recoder.read())
out = io.BytesIO()
recoder = codecs.EncodedFile(out, "utf-8", "latin-1")
recoder.write("na\u00efve".encode("utf-8"))
print(out.getvalue())
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE,
      codecs.BOM_LE, codecs.BOM_BE, codecs.BOM == codecs.BOM_UTF16, codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)
