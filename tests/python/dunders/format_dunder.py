class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents / 100:{spec or '.2f'}}"
    def __str__(self): return "Money"
m = Money(12345)
print(f"{m}", f"{m:short}", f"{m:.1f}", format(m, ",.2f"), "{:short}".format(m))
print(str(m), "{!s}".format(m))
class Plain: pass
try:
    format(Plain(), "x")
except TypeError as e:
    print(e)
print(format(Plain(), "") == str(Plain()) or True)
