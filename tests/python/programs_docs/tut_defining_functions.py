# Tutorial 4.7-4.8: defining functions, return values, default arguments evaluated once.
def fib(n):
    """Print a Fibonacci series up to n."""
    a, b = 0, 1
    while a < n:
        print(a, end=' ')
        a, b = b, a+b
    print()

fib(2000)
print(fib.__doc__)
f = fib
f(100)
print(fib(0))

def fib2(n):
    """Return a list containing the Fibonacci series up to n."""
    result = []
    a, b = 0, 1
    while a < n:
        result.append(a)
        a, b = b, a+b
    return result

print(fib2(100))

def ask_ok(reply, retries=4, reminder='Please try again!'):
    answers = iter(reply)
    while True:
        ok = next(answers)
        if ok in ('y', 'ye', 'yes'):
            return True
        if ok in ('n', 'no', 'nop', 'nope'):
            return False
        retries = retries - 1
        if retries < 0:
            raise ValueError('invalid user response')
        print(reminder)

print(ask_ok(['maybe', 'yes']))
print(ask_ok(['x', 'nope'], 2, 'Come on, only yes or no!'))
try:
    ask_ok(['a', 'b', 'c'], 1)
except ValueError as e:
    print('ValueError:', e)

i = 5
def g(arg=i):
    print(arg)
i = 6
g()

def h(a, L=[]):
    L.append(a)
    return L
print(h(1))
print(h(2))
print(h(3))

def k(a, L=None):
    if L is None:
        L = []
    L.append(a)
    return L
print(k(1), k(2), k(3))
print(h.__defaults__, k.__defaults__)
