# Encodings and errors= handlers on read and write.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "enc.txt")
    text = "café naïve – ünïcode ✓ 日本"
    for enc in ["utf-8", "utf-16", "utf-16-le", "utf-32-be", "latin-1", "cp1252", "ascii"]:
        try:
            with open(p, "w", encoding=enc) as f:
                f.write(text)
            with open(p, "rb") as f:
                raw = f.read()
            print(enc, len(raw), raw[:8])
        except UnicodeEncodeError as e:
            print(enc, type(e).__name__, e)

    for errors in ["replace", "ignore", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
        with open(p, "w", encoding="ascii", errors=errors) as f:
            f.write(text)
        with open(p, encoding="ascii") as f:
            print(errors, f.read())

    with open(p, "wb") as f:
        f.write(b"ok \xff\xfe bad \xc3\xa9 good \xe2\x82")
    for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
        try:
            with open(p, encoding="utf-8", errors=errors) as f:
                s = f.read()
            print(errors, ascii(s))
        except UnicodeDecodeError as e:
            print(errors, type(e).__name__, e)
            print("  ", e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])

    with open(p, encoding="latin-1") as f:
        print("latin-1 never fails:", ascii(f.read()))

    with open(p, "w", encoding="utf-8-sig") as f:
        f.write("bom text")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, encoding="utf-8") as f:
        print(ascii(f.read()))
    with open(p, encoding="utf-8-sig") as f:
        print(ascii(f.read()))

    with open(p, "w", encoding="utf-8") as f:
        print(f.encoding, f.errors)
    with open(p, "w", encoding="latin-1", errors="replace") as f:
        print(f.encoding, f.errors)
    try:
        open(p, encoding="no-such-codec")
    except LookupError as e:
        print(type(e).__name__, e)
    try:
        open(p, "rb", encoding="utf-8")
    except ValueError as e:
        print(type(e).__name__, e)
