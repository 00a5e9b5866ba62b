# Tutorial 8.6-8.8: user-defined exceptions, finally clauses, with for cleanup.
import io

class InputError(Exception):
    """Raised on bad input, with the expression and a message."""
    def __init__(self, expression, message):
        super().__init__(expression, message)
        self.expression = expression
        self.message = message

try:
    raise InputError('1 +* 2', 'unexpected operator')
except InputError as e:
    print(e.expression, '|', e.message, '|', e, '|', repr(e))

try:
    try:
        raise KeyboardInterrupt
    finally:
        print('Goodbye, world!')
except KeyboardInterrupt:
    print('interrupted')

def bool_return():
    try:
        return True
    finally:
        return False
print(bool_return())

def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")
divide(2, 1)
divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print('TypeError:', e)

def loop_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('finally', i)
loop_finally()

f = io.StringIO("line one\nline two\n")
with f:
    for line in f:
        print(line, end="")
print(f.closed)
