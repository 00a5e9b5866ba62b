# Tutorial 9.2: scopes and namespaces, global and nonlocal.
def scope_test():
    def do_local():
        spam = "local spam"

    def do_nonlocal():
        nonlocal spam
        spam = "nonlocal spam"

    def do_global():
        global spam
        spam = "global spam"

    spam = "test spam"
    do_local()
    print("After local assignment:", spam)
    do_nonlocal()
    print("After nonlocal assignment:", spam)
    do_global()
    print("After global assignment:", spam)

scope_test()
print("In global scope:", spam)

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c(), c.__code__.co_freevars, [type(x.cell_contents) for x in c.__closure__])

x = 'global x'
def reader():
    return x
def shadow():
    try:
        print(x)
        x = 1
    except UnboundLocalError as e:
        print('UnboundLocalError:', e)
print(reader())
shadow()
class A:
    y = 10
    z = [y * i for i in range(3)] if False else None
    def m(self):
        try:
            return y
        except NameError as e:
            return 'NameError: ' + str(e)
print(A().m(), A.y)
