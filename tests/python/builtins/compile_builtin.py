c = compile("x = 1\ny = x + 1", "<string>", "exec")
ns = {}
exec(c, ns)
print(ns["y"])
e = compile("40 + 2", "<string>", "eval")
print(eval(e))
s = compile("print('single mode')", "<string>", "single")
exec(s)
print(c.co_filename, e.co_filename)
try:
    compile("def (", "<bad>", "exec")
except SyntaxError as err:
    print("SyntaxError", err.filename, err.lineno)
