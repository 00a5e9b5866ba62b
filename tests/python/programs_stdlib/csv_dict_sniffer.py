import csv, io

data = """id,name,score
1,Ann,90
2,Bob,85
3,"Cho, Li",77
4,Dee
"""
reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
for row in reader:
    print(row)
r = csv.DictReader(io.StringIO("a,b\n1,2,3,4\n5\n"), restkey="extra", restval="?")
print(list(r))
r = csv.DictReader(io.StringIO("1,2\n3,4\n"), fieldnames=["x", "y"])
print([dict(x) for x in r])
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["id", "name", "score"], extrasaction="ignore")
w.writeheader()
w.writerow({"id": 1, "name": "Ann", "score": 9.5, "zzz": 0})
w.writerows([{"id": 2, "name": "B,b"}, {"name": "C"}])
print(repr(out.getvalue()))
w2 = csv.DictWriter(io.StringIO(), fieldnames=["a"])
try:
    w2.writerow({"a": 1, "b": 2})
except ValueError as e:
    print(type(e).__name__, e)
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"], extrasaction="bad")
except ValueError as e:
    print(type(e).__name__, e)
out = io.StringIO()
w3 = csv.DictWriter(out, fieldnames=("k", "v"), restval="NA", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
w3.writeheader()
w3.writerow({"k": "x"})
w3.writerow({"k": "y", "v": 2})
print(out.getvalue())
sniffer = csv.Sniffer()
sample = "name;age;city\nAnn;30;Oslo\nBob;25;Rome\n"
d = sniffer.sniff(sample)
print(repr(d.delimiter), repr(d.quotechar), d.doublequote, d.skipinitialspace, repr(d.lineterminator))
print(sniffer.has_header(sample))
print(sniffer.has_header("1,2,3\n4,5,6\n7,8,9\n"))
d2 = sniffer.sniff('"a","b"\n"c","d"\n')
print(repr(d2.delimiter), repr(d2.quotechar), d2.quoting)
d3 = sniffer.sniff("a|b|c\n1|2|3\n", delimiters="|,")
print(repr(d3.delimiter))
try:
    sniffer.sniff("abc")
except csv.Error as e:
    print(type(e).__name__, e)
print(list(csv.reader(io.StringIO(sample), d)))
