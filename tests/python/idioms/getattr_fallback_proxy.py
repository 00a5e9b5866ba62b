class Proxy:
    def __init__(self, target):
        self._target = target
        self.log = []
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)

p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.log)
try:
    p.nonexistent
except AttributeError as e:
    print("AttributeError:", e)

class Defaults:
    color = "blue"
    def __getattr__(self, name):
        return f"<default {name}>"
d = Defaults()
d.size = 3
print(d.color, d.size, d.anything, d.other)
