class Calculator:
    def do_add(self, a, b):
        return a + b
    def do_mul(self, a, b):
        return a * b
    def run(self, command, *args):
        handler = getattr(self, "do_" + command, None)
        if handler is None:
            return f"unknown command {command!r}"
        return handler(*args)

calc = Calculator()
print(calc.run("add", 2, 3), calc.run("mul", 4, 5), calc.run("pow", 2, 2))
commands = sorted(name[3:] for name in dir(calc) if name.startswith("do_"))
print(commands)

class Record:
    pass
r = Record()
for field, value in [("name", "x"), ("size", 10)]:
    setattr(r, field, value)
print(r.name, getattr(r, "size"), hasattr(r, "color"), getattr(r, "color", "none"))
delattr(r, "size")
print(hasattr(r, "size"), vars(r))
