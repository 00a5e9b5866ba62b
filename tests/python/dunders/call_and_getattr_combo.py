class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
class Thing:
    def __init__(self): self.size = 3
    def grow(self): self.size += 1; return self.size
p = Proxy(Thing())
print(p.size, p.grow(), p.size)
p.color = "red"
print(p._target.color, p._log)
