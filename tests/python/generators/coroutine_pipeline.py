def printer(prefix):
    while True:
        item = yield
        print(prefix, item)
def filter_even(target):
    while True:
        item = yield
        if item % 2 == 0:
            target.send(item)
def multiplier(k, target):
    while True:
        item = yield
        target.send(item * k)
sink = printer("got:")
next(sink)
mul = multiplier(10, sink)
next(mul)
flt = filter_even(mul)
next(flt)
for i in range(7):
    flt.send(i)
flt.close()
print("done")
