"""3.11's "Did you mean" in tracebacks, through the traceback module (the report of an uncaught error has it too)."""
import traceback


class Account:
    def __init__(self):
        self.balance = 10
        self.owner = "ada"

    def deposit(self, amount):
        self.balance += amount


def last_line(fn):
    try:
        fn()
    except Exception as e:
        return traceback.format_exception(e)[-1].rstrip("\n")


def local_typo():
    counter = 1
    return countr


print(last_line(lambda: prnt("x")))
print(last_line(lambda: [].appendd(1)))
print(last_line(lambda: Account().balanse))
print(last_line(lambda: Account().deposti(3)))
print(last_line(local_typo))
print(last_line(lambda: "text".uper()))
print(last_line(lambda: {}.itmes()))
print(last_line(lambda: Account.ownr))
print(last_line(lambda: zzzzzz))
print(last_line(lambda: Account().zzzzzz))

# Only failed lookups carry the name: exceptions raised by hand get no suggestion.
def by_hand():
    raise AttributeError("balanse")
print(last_line(by_hand))

try:
    Account().balanse
except AttributeError as e:
    print(traceback.format_exception_only(e)[-1], end="")
    print(e.name, type(e.obj).__name__)
    te = traceback.TracebackException.from_exception(e)
    print(str(te))
try:
    prnt
except NameError as e:
    # Without a traceback no frame tells the candidates: no suggestion here, as in 3.11.
    print(traceback.format_exception_only(e)[-1], end="")
    te = traceback.TracebackException.from_exception(e)
    print(str(te))
    print("".join(te.format_exception_only()), end="")

lenght = 5
print(lengt)
