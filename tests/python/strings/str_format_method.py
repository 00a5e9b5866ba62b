print("{} {}".format("a", "b"), "{1} {0}".format("a", "b"), "{0}{0}".format("x"))
print("{name} is {age}".format(name="Ann", age=30), "{0[1]} {1[k]}".format([1, 2], {"k": "v"}))
class P:
    x = 5
print("{p.x} {p.x!r}".format(p=P()), "{!r:>6}".format("a"))
print("{:10}|{:<10}|{:>10}|{:^10}|".format("l", "l", "r", "c"))
print("{:*^11}".format("mid"), "{:08.3f}".format(3.14159), "{:+d} {:+d}".format(5, -5))
print("{{escaped}} {}".format(1))
print("{:,}".format(10 ** 9), "{:_b}".format(255), "{:.3%}".format(0.12345))
print("{0:{1}}".format("nest", 8) + "|", "{:{w}.{p}f}".format(2.71828, w=8, p=2))
print("{:>{}}".format("x", 4))
d = {"a": 1, "b": 2}
print("{a}+{b}".format_map(d), "{a}".format(**d))
