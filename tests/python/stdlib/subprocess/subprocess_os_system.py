# os.system: the command's output where print's goes, and the wait status
import os

print('before', flush=True)
print(os.system('echo from the shell'))
print(os.system('exit 3'), os.system('exit 3') >> 8)
print(os.system('echo to stderr >&2; true'))
print(os.system(b'echo bytes command'))
try:
    os.system(5)
except TypeError as e:
    print(e)
print('after')
