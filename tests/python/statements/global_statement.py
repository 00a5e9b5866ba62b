counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    global created
    created = "yes"
make()
print(created)
x = "global"
def read():
    return x
def shadow():
    x = "local"
    return x
print(read(), shadow(), x)
def bad():
    try:
        print(y)
    except NameError as e:
        print("NameError", e)
    y = 1
bad()
