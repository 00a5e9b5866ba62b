counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def outer():
    msg = "outer"
    def inner():
        nonlocal msg
        msg = "changed by inner"
    print(msg)
    inner()
    print(msg)
outer()

x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)

def make():
    funcs = []
    for i in range(3):
        funcs.append(lambda i=i: i * 10)
    return funcs
print([f() for f in make()])
late = [lambda: i for i in range(3)]
print([f() for f in late])
try:
    def broken():
        print(y)
        y = 1
    broken()
except UnboundLocalError as e:
    print(type(e).__name__)
