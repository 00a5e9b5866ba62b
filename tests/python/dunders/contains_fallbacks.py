class WithIter:
    def __iter__(self): return iter([1, 2, 3])
class WithGetitem:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
class WithContains:
    def __contains__(self, x): return x == "magic"
print(2 in WithIter(), 5 in WithIter())
print(2 in WithGetitem(), 3 in WithGetitem())
print("magic" in WithContains(), "other" not in WithContains())
class Truthy:
    def __contains__(self, x): return "non-empty string"
print(1 in Truthy())
try:
    1 in object()
except TypeError as e:
    print(e)
