from concurrent.futures import Future, InvalidStateError

f = Future()
f.set_result("first")
print(f.result())
try:
    f.set_exception(RuntimeError("too late"))
except InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0])
g = Future()
print(g.cancel(), g.cancelled())
print(g.result())
