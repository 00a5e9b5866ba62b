print(eval("1 + 2 * 3"))
x = 10
print(eval("x * 2"), eval("x + y", {"x": 1, "y": 2}), eval("x", {}, {"x": "local"}))
ns = {}
exec("a = 5\ndef f(n):\n    return n * a\n", ns)
print(ns["a"], ns["f"](3))
exec("print('printed from exec')")
code = compile("3 ** 2", "<expr>", "eval")
print(eval(code), type(code).__name__)
code2 = compile("for i in range(2): print('loop', i)", "<exec>", "exec")
exec(code2)
g = {"__builtins__": __builtins__}
exec("result = len('abcd')", g)
print(g["result"])
print(eval("[i * i for i in range(4)]"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__)
def f():
    local_v = 42
    return eval("local_v + 1")
print(f())
l = {}
exec("z = 1", None, l)
print(l)
