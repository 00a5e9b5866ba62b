# eval() and exec() check their namespaces differently: eval looks at locals
# first and suggests a mapping for globals; exec names the wrong types.
cases = [
    ("eval", ("1", [])),
    ("eval", ("1", 5)),
    ("eval", ("1", [], {})),
    ("eval", ("1", {}, 5)),
    ("eval", ("1", None, 5)),
    ("eval", ("1", 5, 6)),
    ("exec", ("x = 1", [])),
    ("exec", ("x = 1", 5)),
    ("exec", ("x = 1", {}, 5)),
    ("exec", ("x = 1", None, 5)),
    ("exec", ("x = 1", (), 5)),
]
for name, args in cases:
    fn = eval if name == "eval" else exec
    try:
        fn(*args)
        print(name, "ok")
    except TypeError as e:
        print(name, [type(a).__name__ for a in args[1:]], "->", e)

# A mapping that is not a dict is fine as locals for both.
class Mapping:
    def __init__(self):
        self.data = {"y": 41}

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, value):
        self.data[key] = value


m = Mapping()
print(eval("y + 1", {}, m))
exec("z = y * 2", {}, m)
print(m.data)
