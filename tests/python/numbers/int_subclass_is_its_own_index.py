# An int subclass is used as an index by value: its own __index__ (and __int__) are not consulted
# by hex(), bin(), oct(), operator.index() or slicing, and operator.index() returns an exact int.
import operator


class Loud(int):
    def __index__(self):
        return 99

    def __int__(self):
        return 42

    def __repr__(self):
        return "Loud(%d)" % int.__int__(self)


five = Loud(5)
print(hex(five), bin(five), oct(five), format(five, "x"), "%x" % five, "%d" % five)
print(operator.index(five), type(operator.index(five)).__name__, int(five), float(five))
print("abcdefgh"[Loud(2):Loud(5)], [0, 1, 2, 3][Loud(1)], list(range(Loud(3))), [7] * Loud(2))
print(round(2.71828, Loud(2)), (1).__lshift__(Loud(3)), chr(Loud(65)), bytes([Loud(66)]))


class GivesSubclass:
    def __index__(self):
        return Loud(7)


result = operator.index(GivesSubclass())
print(result, type(result).__name__)
