# int.__round__ takes an integer ndigits or none at all: None is refused there in 3.11 (it is
# round() that maps ndigits=None to a plain __round__()); float.__round__ accepts None.
print(round(1234), round(1234, None), round(1234, -2), type(round(7, None)).__name__)
print((1234).__round__(), (1234).__round__(-2), (1250).__round__(-2), (1350).__round__(-2))
for arg in (None, 1.5, "2"):
    try:
        print((42).__round__(arg))
    except TypeError as e:
        print("TypeError:", e)
print((2.5).__round__(None), type((2.5).__round__(None)).__name__, True.__round__(), (-15).__round__(-1))
