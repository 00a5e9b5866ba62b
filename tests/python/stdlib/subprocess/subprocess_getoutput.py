# getoutput, getstatusoutput, check_output, list2cmdline
import subprocess

print(repr(subprocess.getoutput('echo hello')))
print(subprocess.getstatusoutput('echo out; echo err >&2; exit 3'))
print(subprocess.getstatusoutput('true'))
print(subprocess.getoutput('printf "no newline"'))
print(subprocess.check_output(['echo', 'bytes']))
print(subprocess.check_output('echo text', shell=True, text=True))
try:
    subprocess.check_output('echo before failing; exit 1', shell=True)
except subprocess.CalledProcessError as e:
    print(e.output, e.returncode)
for seq in (['a', 'b'], ['a b', 'c'], ['', 'x'], ['quote"inside'], ['back\\slash'],
            ['trail\\'], ['trail space\\'], ['a\\"b'], ['tab\there']):
    print(subprocess.list2cmdline(seq))
