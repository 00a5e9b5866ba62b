add = lambda a, b: a + b
print(add(2, 3), (lambda: "no args")(), (lambda *a: len(a))(1, 2, 3))
ops = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b else float("inf"),
}
for sym in "+-*/":
    print(f"8 {sym} 2 = {ops[sym](8, 2)}")
print(ops["/"](1, 0))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
people = [{"name": "x", "age": 3}, {"name": "y", "age": 1}]
people.sort(key=lambda p: p["age"])
print([p["name"] for p in people])
print((lambda n: "even" if n % 2 == 0 else "odd")(7))
print(add.__name__)
