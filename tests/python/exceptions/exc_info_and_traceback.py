import sys
print(sys.exc_info())
try:
    raise ValueError("inside")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, type(tb).__name__)
    print(tb.tb_lineno)
print(sys.exc_info())
def nested():
    try:
        raise KeyError("k")
    except KeyError:
        return sys.exc_info()[0].__name__
print(nested())
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_frame.f_code.co_name)
