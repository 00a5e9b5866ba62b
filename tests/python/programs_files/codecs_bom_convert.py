# Detect a file's encoding from its BOM, convert between encodings with codecs, stream readers/writers.
import codecs
import os
import tempfile

SAMPLES = [("utf-8", b""), ("utf-8-sig", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
           ("utf-16-be", codecs.BOM_UTF16_BE), ("utf-32-le", codecs.BOM_UTF32_LE)]
TEXT = "Zoë's naïve café — ✓\nsecond line\n"

def sniff(path):
    with open(path, "rb") as f:
        head = f.read(4)
    for bom, name in [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                      (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                      (codecs.BOM_UTF16_BE, "utf-16")]:
        if head.startswith(bom):
            return name, len(bom)
    return "utf-8", 0

with tempfile.TemporaryDirectory() as tmp:
    for enc, bom in SAMPLES:
        p = os.path.join(tmp, enc + ".txt")
        body = TEXT.encode(enc.replace("-sig", "")) if enc != "utf-8-sig" else TEXT.encode("utf-8")
        with open(p, "wb") as f:
            f.write(bom + body)
        found, n = sniff(p)
        with open(p, encoding=found) as f:
            text = f.read()
        print(f"{enc:10} size={os.path.getsize(p):3d} sniffed={found:9} bom={n} ok={text == TEXT}")

    src = os.path.join(tmp, "utf-8.txt")
    dst = os.path.join(tmp, "converted.txt")
    with codecs.open(src, "r", encoding="utf-8") as fin, codecs.open(dst, "w", encoding="utf-16") as fout:
        for line in fin:
            fout.write(line.upper())
    with open(dst, "rb") as f:
        raw = f.read()
    print(raw[:2], len(raw), raw.decode("utf-16").splitlines())
    with open(dst, "rb") as f:
        reader = codecs.getreader("utf-16")(f)
        print(repr(reader.readline()))
    with open(os.path.join(tmp, "latin.txt"), "wb") as f:
        writer = codecs.getwriter("latin-1")(f, errors="replace")
        writer.write(TEXT)
    print(open(os.path.join(tmp, "latin.txt"), "rb").read())
    print(codecs.lookup("UTF8").name, codecs.lookup("latin1").name, codecs.lookup("utf_16").name)
    enc = codecs.getincrementalencoder("utf-8")()
    dec = codecs.getincrementaldecoder("utf-8")()
    data = b"".join(enc.encode(ch) for ch in "añ✓") + enc.encode("", final=True)
    print(data, [dec.decode(data[i:i + 1]) for i in range(len(data))])
    try:
        codecs.open(src, "r", encoding="nope")
    except LookupError as e:
        print(type(e).__name__, e)
