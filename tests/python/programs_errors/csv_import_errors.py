# Importing CSV rows into typed records: csv module errors, conversion errors, summary per row.
import csv
import io

DATA = '''id,name,score,joined
1,Ann,91.5,2021-03-04
2,"Bob, Jr.",77,2020-11-30
3,Cy,,2022-01-15
4,Di,eighty,2019-07-01
5,"Eve ""E"" Smith",88,2018-02-29
6,Fay,101,2021-13-01
7,Gus,65
8,Hal,70,2020-05-05,extra
'''

from datetime import date

def parse_date(text):
    y, m, d = (int(p) for p in text.split("-"))
    return date(y, m, d)

reader = csv.DictReader(io.StringIO(DATA))
print(reader.fieldnames)
good, bad = [], []
for row in reader:
    try:
        if None in row:
            raise ValueError(f"too many fields: {row[None]!r}")
        if row["joined"] is None:
            raise ValueError("missing 'joined'")
        score = float(row["score"])
        if not 0 <= score <= 100:
            raise ValueError(f"score out of range: {score}")
        good.append((int(row["id"]), row["name"], score, parse_date(row["joined"])))
    except ValueError as e:
        bad.append((row["id"], str(e)))
for g in good:
    print(g)
for b in bad:
    print("bad row", b)

for text, kwargs in [('a,"b\n', {"strict": True}), ('a,"b"c\n', {"strict": True}), ('a,"b"c\n', {}),
                     ("a;b\n", {"delimiter": ";;"}), ("a,b\n", {"quotechar": ""}), ("a,b\n", {"quoting": 99})]:
    try:
        print(list(csv.reader(io.StringIO(text), **kwargs)))
    except (csv.Error, TypeError, ValueError) as e:
        print(type(e).__name__, e)

out = io.StringIO()
w = csv.writer(out)
w.writerow(["x", 1, None, 2.5, 'q"uote', "com,ma"])
try:
    w.writerow(5)
except csv.Error as e:
    print("csv.Error:", e)
dw = csv.DictWriter(out, fieldnames=["a", "b"])
try:
    dw.writerow({"a": 1, "c": 3})
except ValueError as e:
    print("ValueError:", e)
print(out.getvalue().replace("\r\n", "|"))
try:
    csv.reader(io.StringIO("a"), dialect="nonesuch")
except csv.Error as e:
    print("csv.Error:", e)
print(csv.list_dialects())
print(list(csv.reader(["1,2", "3"]))[1][1])
