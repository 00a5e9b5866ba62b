import csv
import io

rows = [['a', 'b c', 'd,e', 'f"g', '', None, 1, 2.5, True], ['line\nbreak', -3]]
for name in ('QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC'):
    out = io.StringIO()
    w = csv.writer(out, quoting=getattr(csv, name))
    w.writerows(rows)
    print(name, repr(out.getvalue()))

out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar='\\', lineterminator='\n')
w.writerow(['a,b', 'c"d', 'e\\f'])
print(repr(out.getvalue()))

out = io.StringIO()
w = csv.writer(out, delimiter='\t', lineterminator='\n')
w.writerow(['x', 'y\tz', ''])
w.writerow([''])
w.writerow([])
print(repr(out.getvalue()))

out = io.StringIO()
w = csv.writer(out, doublequote=False, escapechar='\\')
w.writerow(['say "hi"'])
print(repr(out.getvalue()))

try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('Error:', e)
try:
    csv.writer(io.StringIO()).writerow(5)
except csv.Error as e:
    print('Error:', e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
