# Scoping mistakes: UnboundLocalError, NameError for free variables, global/nonlocal misuse.
counter = 0

def increment_wrong():
    counter += 1
    return counter

def increment_right():
    global counter
    counter += 1
    return counter

def make_accumulator():
    total = 0
    def add(x):
        total += x
        return total
    return add

def make_accumulator_ok():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add

def shadow():
    print(len)
    len = 5
    return len

def conditional(flag):
    if flag:
        value = "set"
    return value

def loop_var():
    for i in range(0):
        pass
    return i

def delete_then_use():
    x = 1
    del x
    return x

def free_var_deleted():
    y = 1
    def inner():
        return y
    del y
    return inner()

def comprehension_scope():
    z = 10
    return [z * k for k in range(3)], k

for f in [increment_wrong, increment_right, make_accumulator(), make_accumulator_ok(), shadow,
          lambda: conditional(True), lambda: conditional(False), loop_var, delete_then_use, free_var_deleted,
          comprehension_scope]:
    name = getattr(f, "__qualname__", "?")
    try:
        r = f(5) if "add" in name else f()
        print(f"{name:40} -> {r!r}")
    except UnboundLocalError as e:
        print(f"{name:40} -> UnboundLocalError: {e} | name={e.name!r} | NameError? {isinstance(e, NameError)}")
    except NameError as e:
        print(f"{name:40} -> NameError: {e} | name={e.name!r}")

class Config:
    debug = True
    level = 3 if debug else 0
    try:
        names = [level + i for i in range(2)]
    except NameError as e:
        names = f"NameError: {e}"
print(Config.level, Config.names)
try:
    exec("nonlocal_thing = 1\ndef f():\n    global nonlocal_thing\n    del nonlocal_thing\n    del nonlocal_thing\nf()")
except NameError as e:
    print("NameError:", e)
print(counter)
conditional(False)
