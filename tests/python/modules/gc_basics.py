import gc
print(type(gc.collect()).__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
class Node:
    def __init__(self): self.ref = self
for _ in range(1000):
    Node()
print(gc.collect() >= 0)
