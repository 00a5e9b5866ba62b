import csv, io

rows = [["name", "qty", "note"], ["apple", 3, "red, shiny"], ["pear", 0, 'say "hi"'],
        ["kiwi", 1.5, "line1\nline2"], ["", None, " spaced "]]
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    buf = io.StringIO()
    w = csv.writer(buf, quoting=q, escapechar="\\")
    try:
        w.writerows(rows)
    except csv.Error as e:
        print("error", e)
    print(q, repr(buf.getvalue()))
buf = io.StringIO()
w = csv.writer(buf, delimiter=";", quotechar="'", lineterminator="\n")
w.writerow(["a;b", "it's", 5])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, dialect="excel-tab").writerow(["x\ty", "z"])
print(repr(buf.getvalue()))
buf = io.StringIO()
csv.writer(buf, doublequote=False, escapechar="\\").writerow(['He said "no"'])
print(repr(buf.getvalue()))
text = 'a,b,c\r\n1,"two, too",3\r\n"multi\nline",,"q""uote"\r\n'
print(list(csv.reader(io.StringIO(text))))
print(list(csv.reader(["x| y |z"], delimiter="|", skipinitialspace=True)))
print(list(csv.reader(['1,"2",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(["a,  b,c"], skipinitialspace=True)))
print(list(csv.reader(['"a"b,c'])))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
print(sorted(n for n in csv.list_dialects() if n in ("pipes", "excel", "excel-tab", "unix")))
d = csv.get_dialect("pipes")
print(d.delimiter, d.quotechar, d.quoting, repr(d.lineterminator), d.doublequote, d.skipinitialspace)
buf = io.StringIO()
csv.writer(buf, "pipes").writerow([1, "b"])
print(repr(buf.getvalue()))
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print(type(e).__name__, e)
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print(type(e).__name__, e)
try:
    csv.writer(io.StringIO(), delimiter="ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(csv.reader(["1,x"], quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print(type(e).__name__, e)
r = csv.reader(io.StringIO("a,b\nc,d\n"))
print(next(r), r.line_num, next(r), r.line_num)
print(csv.field_size_limit())
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    quoting = csv.QUOTE_MINIMAL
    lineterminator = "\n"
buf = io.StringIO()
csv.writer(buf, dialect=Semi).writerows([[1, 2], ["a;b", "c"]])
print(repr(buf.getvalue()))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
