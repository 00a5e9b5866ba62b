# Tutorial 8.9-8.10: ExceptionGroup, except*, and add_note.
def f():
    excs = [OSError('error 1'), SystemError('error 2')]
    raise ExceptionGroup('there were problems', excs)

try:
    f()
except Exception as e:
    print(f'caught {type(e).__name__}: {e}')
    print(repr(e.exceptions))

def g():
    raise ExceptionGroup(
        "group1",
        [
            OSError(1),
            SystemError(2),
            ExceptionGroup(
                "group2",
                [
                    OSError(3),
                    RecursionError(4)
                ]
            )
        ]
    )

try:
    try:
        g()
    except* OSError as e:
        print("There were OSErrors", repr(e))
    except* SystemError as e:
        print("There were SystemErrors", repr(e))
except ExceptionGroup as rest:
    print("left over:", repr(rest))

excs = []
for test in [lambda: 1/0, lambda: [][1], lambda: None, lambda: int('x')]:
    try:
        test()
    except Exception as e:
        excs.append(e)
if excs:
    eg = ExceptionGroup("Test Failures", excs)
    print(eg, len(eg.exceptions))
    match, rest = eg.split(ArithmeticError)
    print(repr(match), repr(rest))
    print(repr(eg.subgroup(lambda e: isinstance(e, LookupError))))

try:
    raise TypeError('bad type')
except Exception as e:
    e.add_note('Add some information')
    e.add_note('Add some more information')
    print(e.__notes__)

def process(n):
    if n % 2:
        raise ValueError(f'odd {n}')
failures = []
for i in range(1, 4):
    try:
        process(i)
    except Exception as e:
        e.add_note(f'Happened in Iteration {i}')
        failures.append(e)
eg = ExceptionGroup("We have some problems", failures)
for e in eg.exceptions:
    print(repr(e), e.__notes__)
try:
    ExceptionGroup('x', [])
except ValueError as e:
    print('ValueError:', e)
try:
    ExceptionGroup('x', [1])
except ValueError as e:
    print('ValueError:', e)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__, type(BaseExceptionGroup('b', [KeyboardInterrupt()])).__name__)
