# io.open on a temporary file: text and binary round trips
import io, os

path = 'io_files_tmp.txt'
with io.open(path, 'w', encoding='utf-8') as f:
    print(type(f).__name__, f.write('first\nsecond é\n'))
with io.open(path, 'rb') as f:
    print(type(f).__name__, f.read())
with open(path, encoding='utf-8') as f:
    print([line.rstrip('\n') for line in f])
with io.open(path, 'r', encoding='utf-8') as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print('UnsupportedOperation:', e)
os.remove(path)
print(os.path.exists(path))
