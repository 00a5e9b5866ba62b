# capturing print output in StringIO, then processing it
import io

buf = io.StringIO()
for i in range(5):
    print('row', i, i * i, file=buf)
print('x', 'y', sep='-', end='!\n', file=buf)
text = buf.getvalue()
print(repr(text))
print(len(text.splitlines()), text.count('row'))
lines = io.StringIO(text)
total = 0
for line in lines:
    parts = line.split()
    if parts[0] == 'row':
        total += int(parts[2])
print(total)
big = io.StringIO()
for i in range(2000):
    big.write('%d,' % i)
print(len(big.getvalue()), big.getvalue()[-10:])
