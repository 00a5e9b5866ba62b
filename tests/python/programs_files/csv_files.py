# csv reader/writer/DictReader/DictWriter with real files and newline=''.
import csv
import os
import tempfile

rows = [["id", "name", "city", "amount"],
        [1, "Smith, John", "New\nYork", 10.5],
        [2, 'Said "hi"', "Paris", -3],
        [3, "", "Zürich", 0],
        [4, "tab\there", " spaced ", 1e-7]]

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "people.csv")
    with open(p, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerows(rows)
        print(w.writerow(["end", None, True, 2.50]))
    with open(p, "rb") as f:
        print(f.read())
    with open(p, newline="", encoding="utf-8") as f:
        r = csv.reader(f)
        for row in r:
            print(r.line_num, row)

    with open(p, "w", newline="") as f:
        w = csv.writer(f, delimiter=";", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
        w.writerows(rows[1:])
    print(open(p).read())
    with open(p, newline="") as f:
        print(list(csv.reader(f, delimiter=";", quoting=csv.QUOTE_NONNUMERIC)))

    with open(p, "w", newline="") as f:
        dw = csv.DictWriter(f, fieldnames=["sku", "qty", "price"], extrasaction="ignore", restval="?")
        dw.writeheader()
        dw.writerow({"sku": "A1", "qty": 2, "price": 9.99, "extra": "x"})
        dw.writerow({"sku": "B2"})
        dw.writerows([{"sku": "C3", "qty": 0, "price": 0}])
    with open(p, newline="") as f:
        for rec in csv.DictReader(f):
            print(rec)
    with open(p, newline="") as f:
        dr = csv.DictReader(f, fieldnames=["a", "b"], restkey="rest")
        print(next(dr), dr.fieldnames, dr.line_num)
        print(list(dr))
    try:
        with open(p, "w", newline="") as f:
            csv.DictWriter(f, fieldnames=["x"]).writerow({"y": 1})
    except ValueError as e:
        print(type(e).__name__, e)
    with open(p, "w", newline="") as f:
        f.write('a,"unterminated\nb,c\n')
    try:
        with open(p, newline="") as f:
            print(list(csv.reader(f, strict=True)))
    except csv.Error as e:
        print(type(e).__name__, e)
    with open(p, "w") as f:
        f.write("x|y|z\n1|2|3\n")
    with open(p) as f:
        sample = f.read()
    dialect = csv.Sniffer().sniff(sample)
    print(dialect.delimiter, csv.Sniffer().has_header(sample))
    totals = {}
    with open(p, "w", newline="") as f:
        csv.writer(f).writerows([["fruit", "n"], ["apple", 3], ["pear", 2], ["apple", 5]])
    with open(p, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        for fruit, n in reader:
            totals[fruit] = totals.get(fruit, 0) + int(n)
    print(header, totals)
