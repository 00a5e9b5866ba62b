import sys
def handler():
    try:
        raise ValueError("outer")
    except ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
handler()
print(sys.exception() if hasattr(sys, "exception") else None)
