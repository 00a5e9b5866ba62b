x = "global"
def f():
    print(x)
f()
def g():
    x = "local g"
    def h():
        print(x)
    h()
g()
def unbound():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print(type(e).__name__, e)
unbound()
class C:
    y = 5
    z = [i for i in range(2)]
    try:
        w = [y * i for i in range(1)]
    except NameError as e:
        w = str(e)
    def m(self):
        try:
            return y
        except NameError as e:
            return str(e)
print(C.z, C.w, C().m())
def loops():
    for i in range(3):
        pass
    return i
print(loops())
print([i for i in range(2)])
try:
    print(i)
except NameError as e:
    print(e)
