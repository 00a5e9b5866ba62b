x, y = 10, 3
print(f"{x=}, {y=}, {x / y=:.2f}")
name = "weft"
print(f"{name.upper()=}")
print(f"{'nested ' + name!r:>20}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{x if x > y else y} is bigger")
print(f"{{braces}} and {x}")
d = {"k": 42}
print(f"value={d['k']:04d}")
print(f"{3.14159:.{2}f}", f"{'left':<{x}}|")
print(f"{x!r} {name!s} {'é'!a}")
print(f"{[i * i for i in range(4)]}")
print(f"""multi
{name}""")
print(f"{x:>{y}}", f"{-x:^7}", f"{x:#b}")
