import csv
import io

data = 'name,age,city\r\nAlice,30,"New York, NY"\r\nBob,25,"He said ""hi"""\r\n\r\n"multi\nline",1,x\r\n'
r = csv.reader(io.StringIO(data, newline=''))
for row in r:
    print(row, r.line_num)

print(list(csv.reader(['a;b;c', '1;2;3'], delimiter=';')))
print(list(csv.reader(["'a,b',c"], quotechar="'")))
print(list(csv.reader(['a, b,  c'], skipinitialspace=True)))
print(list(csv.reader(['1,"x",2.5,'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['a,"b'])))
print(list(csv.reader([])))
print(list(csv.reader(['', 'x'])))
for bad in (['a,"b"c'], ['a\0b']):
    try:
        print(list(csv.reader(bad, strict=True)))
    except csv.Error as e:
        print('Error:', e)
try:
    list(csv.reader([b'abc']))
except csv.Error as e:
    print('Error:', e)
