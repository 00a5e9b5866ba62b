# Tutorial 8.3-8.4: handling exceptions, exception arguments, raising, re-raising.
def read_numbers(inputs):
    for text in inputs:
        try:
            x = int(text)
            print("got", x)
            break
        except ValueError:
            print("Oops!  That was no valid number.  Try again...")
read_numbers(['abc', '1.5', '42', 'never'])

class B(Exception):
    pass
class C(B):
    pass
class D(C):
    pass
for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")
for cls in [B, C, D]:
    try:
        raise cls()
    except B:
        print("B")
    except C:
        print("C")
    except D:
        print("D")
try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst))
    print(inst.args)
    print(inst)
    x, y = inst.args
    print('x =', x)
    print('y =', y)

def this_fails():
    x = 1/0
try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error:', err)

for data in (['7'], ['x'], [], ['0']):
    try:
        n = 10 / int(data[0])
    except (ValueError, IndexError) as err:
        print('bad input:', type(err).__name__, err)
    except Exception as err:
        print(f"Unexpected {err=}, {type(err)=}")
    else:
        print('ratio', n)
try:
    raise NameError('HiThere')
except NameError as e:
    print('An exception flew by!', repr(e))
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def reraise():
    try:
        raise KeyError('k')
    except KeyError:
        print('logging and re-raising')
        raise
try:
    reraise()
except KeyError as e:
    print('caught again', repr(e))
