# feeding stdin: input= (bytes and text), stdin=DEVNULL, a file as stdin
import os
import subprocess
import tempfile

print(subprocess.run(['cat'], input=b'bytes in\n', capture_output=True).stdout)
print(subprocess.run(['tr', 'a-z', 'A-Z'], input='shout\n', capture_output=True, text=True).stdout)
print(subprocess.run(['wc', '-l'], input='1\n2\n3\n', stdout=subprocess.PIPE, text=True).stdout.strip())
print(subprocess.run(['cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout)
big = b'x' * 200000 + b'\n'
out = subprocess.run(['cat'], input=big, capture_output=True).stdout
print(len(out), out == big)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'in.txt')
    with open(path, 'w') as f:
        f.write('from a file\nsecond line\n')
    with open(path, 'rb') as f:
        print(subprocess.run(['cat'], stdin=f, capture_output=True).stdout)
try:
    subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE)
except ValueError as e:
    print(e)
print(subprocess.check_output(['cat'], input='text via check_output', text=True))
