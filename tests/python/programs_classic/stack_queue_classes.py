from collections import deque


class StackEmpty(Exception):
    pass


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise StackEmpty("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"


class Queue:
    def __init__(self, maxlen=None):
        self._d = deque(maxlen=maxlen)

    def enqueue(self, x):
        self._d.append(x)

    def dequeue(self):
        return self._d.popleft()

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)

    def __repr__(self):
        return f"Queue({list(self._d)})"


def balanced(expr):
    pairs = {")": "(", "]": "[", "}": "{"}
    s = Stack()
    for ch in expr:
        if ch in "([{":
            s.push(ch)
        elif ch in pairs:
            try:
                if s.pop() != pairs[ch]:
                    return False
            except StackEmpty:
                return False
    return len(s) == 0


def rpn(tokens):
    s = Stack()
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
    for t in tokens.split():
        if t in ops:
            b, a = s.pop(), s.pop()
            s.push(ops[t](a, b))
        else:
            s.push(float(t) if "." in t else int(t))
    return s.pop()


def infix_to_postfix(expr):
    prec = {"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}
    out, ops = [], Stack()
    for tok in expr.replace("(", " ( ").replace(")", " ) ").split():
        if tok.isalnum():
            out.append(tok)
        elif tok == "(":
            ops.push(tok)
        elif tok == ")":
            while ops.peek() != "(":
                out.append(ops.pop())
            ops.pop()
        else:
            while ops.peek() not in (None, "(") and prec[ops.peek()] >= prec[tok]:
                out.append(ops.pop())
            ops.push(tok)
    while len(ops):
        out.append(ops.pop())
    return " ".join(out)


for e in ("(a[b]{c})", "([)]", "((", "", "}", "{[()()]}"):
    print(f"{e!r:12} {balanced(e)}")
for e in ("3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2.5 2 *", "7 2 /", "1 0 /"):
    try:
        print(e, "=", rpn(e))
    except ZeroDivisionError as err:
        print(e, "->", type(err).__name__, err)
for e in ("a + b * c", "(a + b) * c", "a * b + c / d - e", "a ^ b ^ c"):
    print(e, "=>", infix_to_postfix(e))
q = Queue(maxlen=3)
for i in range(5):
    q.enqueue(i)
print(q, len(q), list(q), q.dequeue(), q)
d = deque([1, 2, 3, 4, 5])
d.rotate(2)
print(d, d.maxlen)
d.rotate(-3)
print(d)
d.appendleft(0)
d.extendleft([-1, -2])
print(d, d.index(3), d.count(1), d[0], d[-1])
d2 = deque("abc", maxlen=2)
print(d2, repr(deque()), deque(range(3)) == deque([0, 1, 2]), deque([1]) + deque([2]))
print(d * 0, list(reversed(deque([1, 2, 3]))))
try:
    deque().popleft()
except IndexError as e:
    print(type(e).__name__, e)
try:
    deque().pop()
except IndexError as e:
    print(type(e).__name__, e)
s = Stack()
s.push(1)
print(s, s.pop(), s.peek())
s.pop()
