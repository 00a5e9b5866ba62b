def repeat(times):
    def decorate(func):
        def wrapper(*args):
            results = []
            for _ in range(times):
                results.append(func(*args))
            return results
        return wrapper
    return decorate

@repeat(3)
def shout(word):
    return word.upper()

print(shout("hey"))

def prefix(tag):
    def deco(f):
        def inner(msg):
            return f"[{tag}] " + f(msg)
        return inner
    return deco

@prefix("INFO")
@prefix("app")
def log(msg):
    return msg

print(log("started"))

registry = {}
def register(name):
    def deco(f):
        registry[name] = f
        return f
    return deco

@register("double")
def dbl(x):
    return 2 * x

@register("square")
def sq(x):
    return x * x

for name in sorted(registry):
    print(name, registry[name](7))
