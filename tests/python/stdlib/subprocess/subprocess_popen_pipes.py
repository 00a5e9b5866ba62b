# Popen with pipes: reading line by line, writing to stdin, communicate, the context manager
import subprocess

with subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
    p.stdin.write(b'first\n')
    p.stdin.write(b'second\n')
    p.stdin.close()
    print(p.stdout.readline())
    print(p.stdout.read())
print(p.returncode)
p = subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print(repr(line))
print(p.wait())
p = subprocess.Popen(['sh', '-c', 'echo out; echo err >&2; exit 2'], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, universal_newlines=True)
print(p.communicate())
print(p.returncode, p.poll())
p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate('via communicate\r\nCRLF'))
p = subprocess.Popen(['sh', '-c', 'echo merged; echo also >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(p.communicate())
print(p.stdin, p.stderr)
p = subprocess.Popen(['head', '-c', '5'], stdout=subprocess.PIPE)
print(p.stdout.read(2), p.stdout.read(10), p.stdout.read())
p.wait()
print(repr(p))
print(repr(subprocess.Popen(['echo', 'x' * 100], stdout=subprocess.DEVNULL)).startswith("<Popen: returncode: None args: ['echo', 'xxxx"))
