def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5))
def counter():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter()
print(c(), c(), c())
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    return middle()()
print(outer())
fs = []
for i in range(3):
    def f(i=i):
        return i * 10
    fs.append(f)
print([f() for f in fs])
print(double.__closure__ is not None, len(double.__closure__))
print(double.__code__.co_freevars)
