from collections import Counter, OrderedDict, deque, namedtuple, defaultdict

# collections.Counter(): shoe shop
sizes = Counter(map(int, "2 3 4 5 6 8 7 6 5 18".split()))
earned = 0
for size, price in [(6, 55), (6, 45), (6, 55), (4, 40), (18, 60), (10, 50)]:
    if sizes[size]:
        sizes[size] -= 1
        earned += price
print(earned, sizes)
print(+sizes, -Counter(a=-2, b=3), sizes[99], 99 in sizes)

# DefaultDict tutorial
group_a = "a a b a b".split()
group_b = "a b c".split()
pos = defaultdict(list)
for i, w in enumerate(group_a, 1):
    pos[w].append(i)
for w in group_b:
    print(*pos[w]) if w in pos else print(-1)
print(pos)

# namedtuple: average marks
Student = namedtuple("Student", "ID MARKS NAME CLASS")
rows = ["1 97 Raymond 7", "2 50 Steven 4", "3 91 Adrian 9", "4 72 Stewart 5", "5 80 Peter 6"]
students = [Student(*r.split()) for r in rows]
print(students[0], students[0]._fields)
print(f"{sum(int(s.MARKS) for s in students) / len(students):.2f}")
print(students[1]._asdict(), students[2]._replace(NAME="X"))
Point = namedtuple("Point", ["x", "y"], defaults=[0])
print(Point(1), Point(1, 2) + (3,), Point._make([5, 6]), Point._field_defaults)

# OrderedDict: supermarket
od = OrderedDict()
for line in ["BANANA FRIES 12", "POTATO CHIPS 30", "APPLE JUICE 10", "CANDY 5",
             "APPLE JUICE 10", "CANDY 5", "CANDY 5", "CANDY 5", "POTATO CHIPS 30"]:
    *name, price = line.split()
    key = " ".join(name)
    od[key] = od.get(key, 0) + int(price)
for k, v in od.items():
    print(k, v)
print(od)

# Word order
words = ["bcdef", "abcdefg", "bcde", "bcdef"]
c = Counter(words)
print(len(c))
print(*c.values())

# Deque ops
d = deque()
for cmd in ["append 1", "append 2", "append 3", "appendleft 4", "pop", "popleft", "extend 7 8", "rotate 1"]:
    op, *args = cmd.split()
    getattr(d, op)(*(map(int, args)) if op != "extend" else [list(map(int, args))])
print(*d, d)
print(deque(range(5), maxlen=3), deque("ab"), deque())

# Piling up
def can_pile(blocks):
    dq = deque(blocks)
    top = float("inf")
    while dq:
        pick = dq.popleft() if dq[0] >= dq[-1] else dq.pop()
        if pick > top:
            return "No"
        top = pick
    return "Yes"


print(can_pile([4, 3, 2, 1, 3, 4]), can_pile([1, 3, 2]))

# Company logo
s = "aabbbccde"
for ch, n in sorted(Counter(s).items(), key=lambda kv: (-kv[1], kv[0]))[:3]:
    print(ch, n)
