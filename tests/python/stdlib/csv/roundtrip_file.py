import csv
import os
import tempfile

path = os.path.join(tempfile.mkdtemp(), 'data.csv')
rows = [['city', 'temp'], ['Oslo', '-3.5'], ['Rome, IT', '18'], ['Quote "Q"', '']]
with open(path, 'w', newline='') as f:
    csv.writer(f).writerows(rows)
with open(path, newline='') as f:
    back = list(csv.reader(f))
print(back == rows)
print(back)
with open(path, newline='') as f:
    total = sum(float(r['temp'] or 0) for r in csv.DictReader(f))
print(total)
with open(path, 'rb') as f:
    print(f.read())
sn = csv.Sniffer()
dia = sn.sniff('a;b;c\n1;2;3\n')
print(dia.delimiter)
print(sn.has_header('name,age\nann,3\nbob,4\n'))
os.remove(path)
