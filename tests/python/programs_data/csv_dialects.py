import csv
import io

text = "id|name|score\r\n1|'Smith, J'|9.5\r\n2|'O''Neil'|7\r\n"
sample = "name,age,city\nann,30,Paris\nbob,25,Rome\n"
sn = csv.Sniffer()
d = sn.sniff(sample)
print(d.delimiter, repr(d.quotechar), sn.has_header(sample))
d2 = sn.sniff("a;b;c\n1;2;3\n4;5;6\n")
print(d2.delimiter)
for quoting in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE):
    out = io.StringIO()
    w = csv.writer(out, quoting=quoting, escapechar="\\")
    w.writerow(["a", 1, 2.5, "x,y", None, ""])
    print(quoting, repr(out.getvalue()))
out = io.StringIO()
try:
    csv.writer(out, quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader(io.StringIO('"1",2,"x"\n'), quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(io.StringIO('abc,2\n'), quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print(type(e).__name__, e)
csv.register_dialect("pipes", delimiter="|", quotechar="'", doublequote=True)
print(list(csv.reader(io.StringIO(text), dialect="pipes")))
print(sorted(n for n in csv.list_dialects()))
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print(type(e).__name__, e)
out = io.StringIO()
w = csv.writer(out, dialect="pipes", lineterminator="\n")
w.writerows([["it's", "fine"], ["x", "y|z"]])
print(repr(out.getvalue()))
csv.unregister_dialect("pipes")
out = io.StringIO()
csv.writer(out, dialect="excel-tab").writerow(["a", "b c", "d\te"])
print(repr(out.getvalue()))
r = csv.reader(io.StringIO('a,"b\nc",d\ne,f\n'))
for row in r:
    print(r.line_num, row)
try:
    list(csv.reader(io.StringIO('a,"b'), strict=True))
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader(io.StringIO('a,"b"c,d\n'))))
try:
    list(csv.reader(io.StringIO('a,"b"c\n'), strict=True))
except csv.Error as e:
    print(type(e).__name__, e)
try:
    csv.reader(io.StringIO(""), delimiter="::")
except TypeError as e:
    print(type(e).__name__, e)
print(list(csv.reader(["x,,y", ",", ""])))
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.QUOTE_MINIMAL, csv.QUOTE_ALL)
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False
out = io.StringIO()
csv.writer(out, Semi).writerow(['say "hi"', "a;b"])
print(repr(out.getvalue()))
dr = csv.DictReader(io.StringIO("  a , b \n1,2\n"), skipinitialspace=True)
print(dr.fieldnames, list(dr))
print(list(csv.reader([b"x".decode()])))
list(csv.reader([1, 2]))
