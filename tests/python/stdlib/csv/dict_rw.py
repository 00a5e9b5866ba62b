import csv
import io

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['id', 'name', 'score'])
w.writeheader()
w.writerow({'id': 1, 'name': 'Ann', 'score': 9.5})
w.writerows([{'id': 2, 'name': 'Bo'}, {'id': 3, 'name': 'Cy, Jr.', 'score': 7}])
text = out.getvalue()
print(repr(text))

r = csv.DictReader(io.StringIO(text, newline=''))
print(r.fieldnames)
for row in r:
    print(row)

r = csv.DictReader(['1,2,3,4', '5'], fieldnames=['a', 'b'], restkey='rest', restval='?')
for row in r:
    print(row)

try:
    w.writerow({'id': 4, 'bogus': 1})
except ValueError as e:
    print('ValueError:', e)
w2 = csv.DictWriter(io.StringIO(), ['a'], extrasaction='ignore')
w2.writerow({'a': 1, 'b': 2})
try:
    csv.DictWriter(io.StringIO(), ['a'], extrasaction='nope')
except ValueError as e:
    print('ValueError:', e)
