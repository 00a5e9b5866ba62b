import re
data = [4, 7, 1, 9, 12, 3]
print([(x, y) for x in data if (y := x % 5) > 1])
print(y)
print({k: v for k in "abc" if (v := ord(k) - 96) != 2}, v)
print(max((length := len(w), w) for w in ["aa", "bbbb", "c"]), length)
total = 0
running = [total := total + n for n in range(5)]
print(running, total)
def f():
    return [last := i for i in range(3)], last
print(f())
def g():
    matches = [m.group(1) for line in ["a=1", "b", "c=3"] if (m := re.match(r"\w=(\d)", line))]
    return matches, m
print(g()[0], g()[1].group(0))
n = 0
while (n := n + 1) < 4:
    print("loop", n)
print(n)
values = iter([3, 0, 5])
if (first := next(values)) and (second := next(values)):
    print("both truthy")
else:
    print("stopped at", first, second)
print((z := 10) + z, z)
print([w := 1, w + 1], w)
for src in ["[i := 0 for i in range(3)]", "[x for x in range(3) if (x := 1)]", "(a := 1) := 2", "def h(): (x := 1); global x",
            "class C: [(q := 1) for _ in range(1)]", "x = (y := 1, 2)", "f(a := 1)", "lambda: (w := 1)", "[(j := j) for j in range(2)]"]:
    try:
        compile(src, "<test>", "exec")
        print("ok:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "|", src)
def outer():
    xs = []
    def inner():
        nonlocal xs
        return [(xs := xs + [i]) for i in range(2)]
    return inner(), xs
print(outer())
print(any((found := c).isdigit() for c in "ab3d"), found)
print(all((bad := c) != "x" for c in "abxd"), bad)
