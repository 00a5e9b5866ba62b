# csv with BOM-prefixed UTF-8 files, registered dialects, QUOTE_ALL/QUOTE_NONE with escapechar, field limits.
import csv
import io
import os
import tempfile

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
csv.register_dialect("raw", delimiter=",", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
print(sorted(csv.list_dialects()))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting == csv.QUOTE_ALL, repr(d.lineterminator), d.doublequote, d.quotechar)

rows = [["name", "note"], ["Zoë", 'said "hi"'], ["Ōtani", "a,b"], ["x", "back\\slash"]]
with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "excel.csv")
    with open(p, "w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    with open(p, "rb") as f:
        print(f.read()[:12])
    with open(p, encoding="utf-8", newline="") as f:
        print(next(csv.reader(f)))
    with open(p, encoding="utf-8-sig", newline="") as f:
        print(list(csv.DictReader(f)))

    for name in ["pipes", "raw"]:
        buf = io.StringIO()
        w = csv.writer(buf, dialect=name)
        try:
            w.writerows(rows)
        except csv.Error as e:
            print(name, type(e).__name__, e)
        print(name, repr(buf.getvalue()))
        print(list(csv.reader(io.StringIO(buf.getvalue()), dialect=name)))
    try:
        csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
    except csv.Error as e:
        print(type(e).__name__, e)
    try:
        csv.get_dialect("nope")
    except csv.Error as e:
        print(type(e).__name__, e)
    csv.unregister_dialect("raw")
    print(sorted(csv.list_dialects()))
    old = csv.field_size_limit()
    csv.field_size_limit(10)
    try:
        list(csv.reader(io.StringIO("short,this field is too long\n")))
    except csv.Error as e:
        print(type(e).__name__, e)
    print(csv.field_size_limit(old), csv.field_size_limit() == old)
    print(list(csv.reader(io.StringIO(' a , "b" ,c\n'), skipinitialspace=True)))
    print(list(csv.reader(io.StringIO('1;"2;3";4\n'), delimiter=";")))
    print(list(csv.reader(["x,y", "", "z"])))
    w = csv.writer(io.StringIO())
    print(w.dialect.delimiter, w.writerow([]), w.writerow(["", None, 0]))
    try:
        csv.writer(io.StringIO()).writerow(5)
    except csv.Error as e:
        print(type(e).__name__, e)
