# csv on io.StringIO: reader/writer dialects, DictReader/DictWriter, Sniffer, quoting modes, custom dialects.
import csv
import io

data = io.StringIO('Spam,Spam,Spam,Spam,Spam,Baked Beans\nSpam,Lovely Spam,"Wonderful, Spam"\n')
for row in csv.reader(data):
    print(', '.join(row))
out = io.StringIO()
w = csv.writer(out, delimiter=' ', quotechar='|', quoting=csv.QUOTE_MINIMAL)
w.writerow(['Spam'] * 5 + ['Baked Beans'])
w.writerow(['Spam', 'Lovely Spam', 'Wonderful Spam'])
print(out.getvalue(), end='')
print(list(csv.reader(io.StringIO(out.getvalue()), delimiter=' ', quotechar='|')))
out = io.StringIO()
fieldnames = ['first_name', 'last_name']
writer = csv.DictWriter(out, fieldnames=fieldnames)
writer.writeheader()
writer.writerow({'first_name': 'Baked', 'last_name': 'Beans'})
writer.writerow({'first_name': 'Lovely', 'last_name': 'Spam'})
writer.writerow({'first_name': 'Wonderful', 'last_name': 'Spam'})
print(repr(out.getvalue()))
reader = csv.DictReader(io.StringIO(out.getvalue()))
for row in reader:
    print(row['first_name'], row['last_name'])
print(reader.fieldnames, reader.line_num)
r = csv.DictReader(io.StringIO('a,b\n1,2,3,4\n5\n'), restkey='extra', restval='?')
print(list(r))
try:
    csv.DictWriter(io.StringIO(), ['a']).writerow({'a': 1, 'b': 2})
except ValueError as e:
    print('ValueError:', e)
sample = 'name;age;city\n"Smith, J";42;Oslo\nDoe;7;"Rome"\n'
dialect = csv.Sniffer().sniff(sample)
print(dialect.delimiter, repr(dialect.quotechar), csv.Sniffer().has_header(sample))
print(list(csv.reader(io.StringIO(sample), dialect)))
csv.register_dialect('unixpwd', delimiter=':', quoting=csv.QUOTE_NONE)
print(list(csv.reader(io.StringIO('root:x:0:0:root:/root:/bin/bash\n'), 'unixpwd')), 'unixpwd' in csv.list_dialects())
csv.unregister_dialect('unixpwd')
for q in (csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_MINIMAL):
    o = io.StringIO()
    csv.writer(o, quoting=q, lineterminator='\n').writerows([['a', 1, 2.5, None, 'x"y', 'p,q', 'l\nm']])
    print(repr(o.getvalue()))
print(list(csv.reader(['1,"2",3'], quoting=csv.QUOTE_NONNUMERIC)))
o = io.StringIO()
csv.writer(o, quoting=csv.QUOTE_NONE, escapechar='\\').writerow(['a,b', 'c'])
print(repr(o.getvalue()))
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b'])
except csv.Error as e:
    print('csv.Error:', e)
try:
    list(csv.reader(io.StringIO('a,"b\n'), strict=True))
except csv.Error as e:
    print('csv.Error:', e)
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)), list(csv.reader(['x;"y;z"'], delimiter=';')))
class Excel2(csv.excel):
    delimiter = '\t'
print(list(csv.reader(['a\tb'], Excel2)), csv.excel.lineterminator == '\r\n', csv.field_size_limit())
