class Version:
    def __init__(self, s): self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") < Version("1.0.1"), Version("2") >= Version("10"))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(OnlyLt(2) > OnlyLt(1))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(e)
class Log:
    def __eq__(self, o):
        print("Log.__eq__")
        return True
print(1 == Log(), Log() == 1)
print([Log()] == [Log()])
