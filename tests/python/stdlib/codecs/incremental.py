# Incremental encoders and decoders keep state across calls: split characters, BOMs.
import codecs

data = "a\u00e9\u20ac\U0001f600z".encode("utf-8")
dec = codecs.getincrementaldecoder("utf-8")()
out = []
for i in range(len(data)):
    out.append(dec.decode(data[i:i + 1]))
out.append(dec.decode(b"", final=True))
print(out)
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xe2\x82")), dec.getstate())
try:
    dec.decode(b"", final=True)
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
dec.reset()
print(repr(dec.decode(b"ok")))

for name in ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"]:
    enc = codecs.getincrementalencoder(name)()
    chunks = [enc.encode("ab"), enc.encode("\u00e9"), enc.encode("", final=True)]
    whole = b"".join(chunks)
    print(name, chunks)
    dec = codecs.getincrementaldecoder(name)()
    parts = [dec.decode(whole[i:i + 1]) for i in range(len(whole))] + [dec.decode(b"", True)]
    print(name, "".join(parts), [p for p in parts if p])

print(list(codecs.iterencode(["a", "\u00e9", ""], "utf-8")))
print(list(codecs.iterdecode([b"\xc3", b"\xa9", b"x"], "utf-8")))
print(list(codecs.iterencode(["x", "y"], "utf-16")))
enc = codecs.getincrementalencoder("ascii")("replace")
print(enc.encode("a\u00e9"), enc.errors)
