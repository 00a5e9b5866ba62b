import atexit
import os
import sys


def goodbye():
    print("atexit handler ran")


atexit.register(goodbye)


class Noisy:
    def __del__(self):
        print("__del__ ran")


keep = Noisy()
print("starting", flush=True)
try:
    print(os._exit.__name__, callable(os._exit), flush=True)
    try:
        os._exit("3")
    except TypeError as e:
        print("TypeError", e, flush=True)
    try:
        os._exit(2 ** 40)
    except OverflowError as e:
        print("OverflowError", e, flush=True)
    sys.stdout.flush()
    os._exit(4)
finally:
    print("finally ran")
print("not reached")
