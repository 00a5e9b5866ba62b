# a child that inherits stdout/stderr writes where print() writes, in order
import subprocess
import sys

print('before', flush=True)
subprocess.run(['echo', 'child line'])
print('between', flush=True)
subprocess.run('echo to stdout; echo discarded >&2', shell=True, stderr=subprocess.DEVNULL)
subprocess.run('echo err-to-out >&2', shell=True, stderr=subprocess.STDOUT)
subprocess.run(['echo', 'into sys.stdout'], stdout=sys.stdout)
subprocess.run(['echo', 'to fd 1'], stdout=1)
subprocess.call(['printf', 'no newline'])
print(flush=True)
subprocess.run(['echo', 'nothing shown'], stdout=subprocess.DEVNULL)
print('after')
