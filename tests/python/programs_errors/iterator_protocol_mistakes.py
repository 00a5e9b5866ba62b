# Writing iterator classes by hand, with the TypeErrors that missing pieces produce.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

class NoNext:
    def __iter__(self):
        return self

class IterReturnsList:
    def __iter__(self):
        return [1, 2, 3]

class OnlyGetitem:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, i):
        return self.data[i]

class OnlyLen:
    def __len__(self):
        return 3

print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(5)))
print(list(OnlyGetitem("abc")), "b" in OnlyGetitem("abc"), list(reversed(OnlyGetitem([1, 2]))) if hasattr(OnlyGetitem, "__len__") else "no len")
for obj in [NoNext(), IterReturnsList(), OnlyLen(), 42, None, len, Countdown]:
    try:
        print(list(obj))
    except TypeError as e:
        print(type(obj).__name__, "TypeError:", e)
for obj in [OnlyGetitem([1]), OnlyLen(), 3.5]:
    try:
        print(reversed(obj))
    except TypeError as e:
        print("reversed TypeError:", e)
for obj in [[1, 2], iter([1, 2]), "ab", {"k": 1}]:
    try:
        print(next(obj))
    except TypeError as e:
        print("next TypeError:", e)
try:
    len(Countdown(3))
except TypeError as e:
    print("TypeError:", e)
try:
    Countdown(3)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    x, y = Countdown(5)
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = Countdown(2)
except ValueError as e:
    print("ValueError:", e)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
gen = (i * i for i in range(3))
print(list(gen), list(gen))
try:
    gen[0]
except TypeError as e:
    print("TypeError:", e)
try:
    len(gen)
except TypeError as e:
    print("TypeError:", e)
r = range(5)
print(r[2], r[-1], r[1:3], len(r))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    iter(lambda: 1, 1, 2)
except TypeError as e:
    print("TypeError:", e)
print(list(iter(iter([1, 2, 3, 0, 4]).__next__, 0)))
for item in NoNext():
    print(item)
