# Text files in many codecs: decoding and encoding errors under each errors= handler, codec names.
import os, tempfile
tmp = tempfile.mkdtemp(); p = os.path.join(tmp, "x")
def raw(b):
    with open(p, "wb") as f: f.write(b)
cases = [("cp1252", b"ok\x81x"), ("utf-16", b"\xff\xfea\x00b"), ("utf-16-le", b"a\x00\x00\xd8b\x00"), ("utf-32", b"\xff\xfe\x00\x00a\x00\x00"),
         ("ascii", b"abc\x80"), ("utf-8", b"\xe2\x82"), ("utf-8", b"ab\xed\xa0\x80cd"), ("utf-8", b"\xf0\x9f\x98"), ("cp437", b"\x80\xff"),
         ("iso-8859-15", b"\xa4"), ("koi8-r", b"\xc1\xc2"), ("shift_jis", b"\x82\xa0\xff"), ("utf-16-be", b"\x00a\x00")]
for enc, data in cases:
    raw(data)
    for errors in ("strict", "replace", "backslashreplace", "surrogateescape", "ignore"):
        try:
            with open(p, encoding=enc, errors=errors) as f:
                print(enc, errors, ascii(f.read()))
        except (UnicodeDecodeError, LookupError) as e:
            print(enc, errors, type(e).__name__, e)
for enc, text in [("cp1252", "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ\x81"), ("utf-8", "a\udcffb"), ("latin-1", "ÿĀ"), ("utf-16", "a\ud800")]:
    for errors in ("strict", "replace", "surrogateescape", "surrogatepass", "namereplace", "xmlcharrefreplace", "backslashreplace"):
        try:
            with open(p, "w", encoding=enc, errors=errors) as f:
                f.write(text)
            print(enc, errors, open(p, "rb").read())
        except UnicodeEncodeError as e:
            print(enc, errors, type(e).__name__, e)
    try:
        with open(p, "w", encoding=enc) as f:
            f.write("abc")
            print(enc, f.encoding)
    except LookupError as e:
        print(enc, type(e).__name__, e)
import shutil; shutil.rmtree(tmp)
