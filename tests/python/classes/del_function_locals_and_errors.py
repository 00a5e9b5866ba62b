# A function's local objects are freed when it returns (unless returned); an exception raised by
# __del__ is reported on stderr and ignored, and the program goes on.
class Temp:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


class Faulty:
    def __del__(self):
        raise ValueError("cannot release")


def use_temporaries():
    a = Temp("a")
    b = Temp("b")
    print("using", a.name, b.name)
    return "result"


print(use_temporaries())
print("after call")


def keep_one():
    kept = Temp("kept")
    dropped = Temp("dropped")
    return kept


k = keep_one()
print("got", k.name)

f = Faulty()
del f
print("still running after a failing __del__")
