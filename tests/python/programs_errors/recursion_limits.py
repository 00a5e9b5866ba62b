# Recursive algorithms that run out of stack, and how RecursionError reports it.
import sys

def factorial(n):
    return n * factorial(n - 1)

def count_down(n):
    if n == 0:
        return "liftoff"
    return count_down(n - 1)

def depth(node):
    return 1 + max((depth(c) for c in node), default=0)

print(sys.getrecursionlimit())
try:
    factorial(5)
except RecursionError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))

print(count_down(500))
try:
    count_down(10_000)
except RecursionError as e:
    print("RecursionError:", e)

tree = [[[], [[]]], []]
print("tree depth", depth(tree))

sys.setrecursionlimit(3000)
print(count_down(2500))
sys.setrecursionlimit(1000)
for bad in [0, -5, "100"]:
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(200))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)

class Node:
    def __init__(self):
        self.children = []
    @property
    def size(self):
        return self.size + 1
try:
    Node().size
except RecursionError as e:
    print("property:", e)
print(factorial(3))
