import csv
import io
raw = '''name,age,city,quote
"Smith, John",42,"New York","He said ""hi"""
Jane,,Boston,
"Multi
line",7,"São Paulo","tab\there"
  spaced  , 3 ,x,'single'
'''
for row in csv.reader(io.StringIO(raw)):
    print(len(row), row)
print("--- DictReader")
for rec in csv.DictReader(io.StringIO(raw)):
    print({k: v for k, v in rec.items()})
print("--- skipinitialspace + quotechar")
for row in csv.reader(io.StringIO("a, 'b, c', d\n"), skipinitialspace=True, quotechar="'"):
    print(row)
out = io.StringIO()
w = csv.writer(out)
w.writerow(["plain", "with,comma", 'with "quote"', "line\nbreak", "", None, 3.5, True])
w.writerow([])
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(["a", 1, None])
w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, delimiter=";")
w.writerow(["x", 2, 3.25, "y;z"])
w = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="|\n")
w.writerows([["t1", "t 2"], ["t\t3", "t4"]])
print(repr(out.getvalue()))
dw = csv.DictWriter(io.StringIO(), fieldnames=["a", "b"])
try:
    dw.writerow({"a": 1, "c": 2})
except ValueError as e:
    print(type(e).__name__, e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader(["1;2;3"], delimiter=";")), list(csv.reader(['"unterminated'])))
try:
    list(csv.reader(['a,"b"c'], strict=True))
except csv.Error as e:
    print(type(e).__name__, e)
line = "key1=val1; key2 = val2 ;key3=  ; =nokey; bare"
pairs = {}
for part in line.split(";"):
    k, sep, v = part.partition("=")
    if sep and k.strip():
        pairs[k.strip()] = v.strip()
print(pairs)
