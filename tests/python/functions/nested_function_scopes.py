x = "global x"
def outer():
    x = "outer x"
    def middle():
        def inner():
            return x
        return inner()
    return middle()
print(outer())
def shadow_builtin():
    def len(v):
        return "my len"
    return len([1, 2])
print(shadow_builtin(), len([1, 2]))
def uses_global_after_local_def():
    global x
    x = "modified global"
uses_global_after_local_def()
print(x)
def counter_factory(start):
    def inc(step=1):
        nonlocal start
        start += step
        return start
    def get():
        return start
    return inc, get
inc, get = counter_factory(10)
inc(); inc(5)
print(get())
