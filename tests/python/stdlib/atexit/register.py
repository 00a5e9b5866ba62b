import atexit


def hello(name, punct='!'):
    print('goodbye', name + punct)


def other():
    print('other')


atexit.register(hello, 'a')
atexit.register(hello, 'b', punct='?')
atexit.register(other)
atexit.register(other)
atexit.unregister(other)


@atexit.register
def decorated():
    print('decorated runs first')


print(decorated.__name__)
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError:', e)
atexit._run_exitfuncs()
print('ran')
atexit.register(print, 'cleared')
atexit._clear()
atexit._run_exitfuncs()
print('end')
