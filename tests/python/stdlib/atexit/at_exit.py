import atexit
import sys

atexit.register(print, 'third')
atexit.register(lambda: print('second'))
atexit.register(sys.stdout.write, 'first\n')
print('main body done')
