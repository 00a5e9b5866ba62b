import math
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: 2.0 ** 10000)
show(lambda: math.exp(1000))
show(lambda: float(10 ** 400))
show(lambda: 10 ** 400 / 1)
show(lambda: math.sqrt(-1))
show(lambda: math.log(0))
show(lambda: 1 / 0.0)
show(lambda: divmod(1, 0))
show(lambda: pow(0, -1))
show(lambda: 0.0 ** -1)
show(lambda: int(float("inf")))
show(lambda: int(float("nan")))
show(lambda: round(float("inf")))
show(lambda: (10 ** 400) * 1.0)
