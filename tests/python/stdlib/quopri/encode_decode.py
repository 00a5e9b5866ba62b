# quopri: encodestring/decodestring and the file functions, with quotetabs and header.
import io
import quopri

samples = [b"hello = world\n", b"a" * 100 + b"\n", b"tab\tend \n", b"caf\xc3\xa9\r\nx", b".\n", b"trail ",
           b"under_score", b"", b"x" * 74 + b"\xff\n", b"line1\nline2 \t\n"]
for s in samples:
    print(quopri.encodestring(s), quopri.encodestring(s, quotetabs=True), quopri.encodestring(s, header=True))
    enc = quopri.encodestring(s)
    print(quopri.decodestring(enc) == s)
print(quopri.decodestring(b"a=3Db=\nc=XY=4"), quopri.decodestring(b"a_b=20", header=True))
out = io.BytesIO()
quopri.decode(io.BytesIO(b"a=3Db=\nc  \n=41"), out)
print(out.getvalue())
out = io.BytesIO()
quopri.encode(io.BytesIO(b"caf\xc3\xa9 \n"), out, quotetabs=False)
print(out.getvalue())
print(quopri.quote(b"="), quopri.ishex(b"f"), quopri.unhex(b"3D"), quopri.needsquoting(b"\t", True, False))
