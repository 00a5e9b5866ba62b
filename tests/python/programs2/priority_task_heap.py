class MinHeap:
    def __init__(self):
        self.items = []
    def __len__(self):
        return len(self.items)
    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2
    def pop(self):
        a = self.items
        if not a:
            raise IndexError("pop from empty heap")
        a[0], a[-1] = a[-1], a[0]
        top = a.pop()
        i = 0
        while True:
            c = 2 * i + 1
            if c >= len(a):
                break
            if c + 1 < len(a) and a[c + 1] < a[c]:
                c += 1
            if a[i] <= a[c]:
                break
            a[i], a[c] = a[c], a[i]
            i = c
        return top
    def peek(self):
        return self.items[0]

tasks = MinHeap()
counter = 0
def add(priority, name):
    global counter
    tasks.push((priority, counter, name))
    counter += 1

for p, n in [(3, "write report"), (1, "fix prod bug"), (2, "review PR"), (1, "call client"),
             (5, "clean desk"), (2, "update docs"), (4, "plan sprint")]:
    add(p, n)
print("next up:", tasks.peek())
done = []
while len(tasks) > 2:
    p, _, name = tasks.pop()
    done.append(f"P{p}:{name}")
    if name == "review PR":
        add(0, "hotfix from review")
print(done)
print(len(tasks), [tasks.pop()[2] for _ in range(len(tasks))])
try:
    tasks.pop()
except IndexError as e:
    print("IndexError:", e)
h = MinHeap()
for v in [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]:
    h.push(v)
print([h.pop() for _ in range(len(h))])
