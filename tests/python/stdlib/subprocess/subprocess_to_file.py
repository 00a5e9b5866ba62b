# a child's output into an open file, after what Python wrote there
import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'out.txt')
    with open(path, 'w') as f:
        f.write('python header\n')
        f.flush()
        subprocess.run(['echo', 'from child'], stdout=f)
        subprocess.run('echo child stderr >&2', shell=True, stderr=f)
        f.write('python footer\n')
    with open(path) as f:
        print(f.read(), end='')
    with open(path, 'ab') as f:
        subprocess.run(['printf', 'appended\\n'], stdout=f)
    with open(path, 'rb') as f:
        print(f.read().splitlines())
