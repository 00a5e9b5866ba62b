import csv
import io

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
print(sorted(csv.list_dialects()))
d = csv.get_dialect('pipes')
print(d.delimiter, d.quoting, repr(d.lineterminator), d.doublequote)
out = io.StringIO()
csv.writer(out, 'pipes').writerow(['a', 1])
print(repr(out.getvalue()))
print(list(csv.reader(['"a"|"b|c"'], 'pipes')))

class Semi(csv.excel):
    delimiter = ';'

out = io.StringIO()
csv.writer(out, dialect=Semi).writerow(['x;y', 'z'])
print(repr(out.getvalue()))
print(csv.excel.delimiter, repr(csv.excel_tab.delimiter), repr(csv.unix_dialect.lineterminator))
csv.unregister_dialect('pipes')
try:
    csv.get_dialect('pipes')
except csv.Error as e:
    print('Error:', e)
for kw in ({'delimiter': ''}, {'delimiter': 5}, {'quoting': 9}, {'bogus': 1}):
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        print('TypeError:', e)
print(issubclass(csv.Error, Exception))
