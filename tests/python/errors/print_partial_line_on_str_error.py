# print() writes each piece as it goes: when str() of an argument raises, what came before it
# (separator included) has already been written.
class Bad:
    def __str__(self):
        raise ValueError("no str for you")
try:
    print("a", "b", Bad(), "c")
except ValueError as e:
    print("|caught", e)
print("x", Bad(), sep="--")
