total = 0
class Counter:
    global total
    total = 5
print(total)
def outer():
    def inner():
        global total
        total += 1
    inner()
    inner()
outer()
print(total)
def make_global_func():
    global dynamic_func
    def dynamic_func():
        return "defined inside another function"
make_global_func()
print(dynamic_func())
