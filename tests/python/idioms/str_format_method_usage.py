print("{} + {} = {}".format(2, 3, 5))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
point = {"x": 3, "y": 4}
print("({x}, {y})".format(**point))
print("{0[0]}-{0[1]} {1[key]}".format([7, 8], {"key": "v"}))
class P:
    name = "obj"
print("{0.name} {0.__class__.__name__}".format(P()))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {:.1%}".format(3.14159, 10**6, 255, 0.333))
print("{{literal braces}} {}".format("ok"))
template = "Dear {title} {last},"
print(template.format(title="Dr.", last="Who"))
print("{:{w}.{p}f}".format(2.71828, w=10, p=2))
print("{!r} {!s} {!a}".format("q", "s", "é"))
print(format("txt", "~^9"))
