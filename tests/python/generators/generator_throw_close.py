def gen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("caught inside", e)
        yield "recovered"
    finally:
        print("cleanup")
g = gen()
print(next(g))
print(g.throw(ValueError("boom")))
g.close()
print("closed")
g = gen()
next(g)
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
g = stubborn()
next(g)
g.close()
g = gen()
try:
    g.throw(KeyError("before start"))
except KeyError as e:
    print("propagated", e)
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield 2
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
