# An error raised by an operation (not a raise statement) inside an except block gets the
# handled exception as its __context__, as CPython sets it when any exception is raised.
def f1():
    try:
        {}["a"]
    except KeyError:
        return undefined_name
def f2():
    try:
        {}["a"]
    except KeyError:
        return 1 / 0
def f3():
    try:
        {}["a"]
    except KeyError:
        undefined_name
def f4():
    try:
        {}["a"]
    except KeyError:
        x = undefined_name
        return x
def f5():
    try:
        {}["a"]
    except KeyError:
        return len(undefined_name)
def f6():
    try:
        {}["a"]
    except KeyError:
        return [].pop()
def f7():
    try:
        {}["a"]
    except KeyError:
        def inner(): return undefined_name
        return inner()
def f8():
    try:
        {}["a"]
    except KeyError:
        return local_var
        local_var = 1
for f in [f1, f2, f3, f4, f5, f6, f7, f8]:
    try:
        f()
    except Exception as e:
        print(f.__name__, type(e).__name__, e, repr(e.__context__))


def in_finally():
    try:
        [][1]
    finally:
        return {}.pop("k")


def nested_keeps_inner_context():
    try:
        int("x")
    except ValueError:
        try:
            {}["inner"]
        except KeyError:
            pass
        return 1 / 0


for f in [in_finally, nested_keeps_inner_context]:
    try:
        f()
    except Exception as e:
        print(f.__name__, repr(e), repr(e.__context__), repr(e.__context__.__context__))
