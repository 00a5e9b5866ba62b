import random
a = random.Random(1)
b = random.Random(1)
print([a.random() for _ in range(3)] == [b.random() for _ in range(3)])
c = random.Random(2)
print(a.random() == c.random())
random.seed(1)
print(random.random() == random.Random(1).random())

class MyRandom(random.Random):
    def __init__(self, seed, label):
        super().__init__(seed)
        self.label = label

m = MyRandom(8, "mine")
print(m.label, m.randint(1, 1000), isinstance(m, random.Random))

class Fixed(random.Random):
    def random(self):
        return 0.5

f = Fixed()
print(f.randrange(10), f.choice("abcd"), f.uniform(0, 4))
sr = random.SystemRandom()
print(0 <= sr.random() < 1, 1 <= sr.randint(1, 6) <= 6, sr.getrandbits(8) < 256)
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
