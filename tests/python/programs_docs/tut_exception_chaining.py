# Tutorial 8.5: exception chaining, from, from None, __context__ and __cause__.
import traceback

def func():
    raise ConnectionError

try:
    func()
except ConnectionError as exc:
    try:
        raise RuntimeError('Failed to open database') from exc
    except RuntimeError as e:
        print(repr(e), repr(e.__cause__), e.__suppress_context__)

try:
    try:
        open('/nonexistent/database.sqlite')
    except OSError:
        raise RuntimeError('unable to handle error')
except RuntimeError as e:
    print(repr(e), type(e.__context__).__name__, e.__cause__)

try:
    try:
        {}['x']
    except KeyError:
        raise ValueError('clean') from None
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)

def fmt(e):
    lines = traceback.format_exception_only(type(e), e)
    return ''.join(lines).strip()

try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise TypeError('outer') from z
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(fmt(cur))
        cur = cur.__cause__ or cur.__context__
    print(' <- '.join(chain))
