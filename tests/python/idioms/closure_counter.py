def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5))
print(c2(), c2(-50))
print(c1.__name__)

def make_accumulators():
    total = []
    def add(x):
        total.append(x)
        return sum(total)
    def reset():
        total.clear()
    return add, reset

add, reset = make_accumulators()
print(add(1), add(2), add(3))
reset()
print(add(10))
print(c1.__closure__[0].cell_contents)
