"""What propagates from except*: the original group when everything was re-raised or left, a new group with anything raised anew, a naked exception left naked."""
def run(body):
    try:
        body()
    except BaseException as e:
        print(repr(e), [repr(x) for x in getattr(e, "exceptions", [])])
def a():
    try: raise ValueError(1)
    except* ValueError: raise
def b():
    try: raise ValueError(1)
    except* TypeError: pass
def c():
    try: raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError: raise
    except* TypeError: raise
def d():
    try: raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError: pass
def e():
    try: raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("in", [TypeError(2), KeyError(3)])])
    except* TypeError: raise
def f():
    try: raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as g: raise g
def h():
    try: raise ValueError(1)
    except* ValueError: raise KeyError(9)
for fn in (a, b, c, d, e, f, h):
    print(fn.__name__, end=": ")
    run(fn)
