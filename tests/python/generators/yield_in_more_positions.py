# yield inside keyword arguments, displays, slices, match statements, assignment targets and decorators.


def drive(gen, sends):
    """Runs gen, sending each value in turn; prints what it yields and what it returns."""
    out = [next(gen)]
    for s in sends:
        try:
            out.append(gen.send(s))
        except StopIteration as e:
            out.append(("returned", e.value))
            break
    print(out)


def kw(*args, **kwargs):
    return args, kwargs


def keywords():
    r = kw(1, a=(yield "a"), b=2, **{"c": (yield "c")})
    return r

drive(keywords(), ["A", "C"])


def mixed():
    return kw((yield "p"), sep=(yield "sep"), *[(yield "star")])

drive(mixed(), ["P", "-", "S"])


def displays():
    d = {"k": (yield 1), (yield 2): "v", **{"m": (yield 3)}}
    s = {(yield 4), "fixed"}
    data = list(range(10))
    return d, sorted(s), data[(yield 5):(yield 6):(yield 7)]

drive(displays(), ["one", "two", "three", "four", 1, 9, 3])


def matcher(subject):
    match (yield "subject"):
        case int(n) if n > (yield "bound"):
            yield "big"
            return n
        case int(n):
            return ("small", n)
        case [first, *rest] if (yield first):
            yield rest
            return "list"
        case str() as s:
            yield s.upper()
        case _:
            return "other"

drive(matcher(None), [10, 3, "ignored"])
drive(matcher(None), [2, 30])
drive(matcher(None), [[1, 2, 3], True, None])
drive(matcher(None), [[1, 2, 3], False])
drive(matcher(None), ["text", None])
drive(matcher(None), [3.5])


def nested_match():
    for item in [1, "a", (2, 3)]:
        match item:
            case int():
                got = yield ("int", item)
            case str():
                got = yield ("str", item)
            case (a, b):
                match (yield "inner"):
                    case "x":
                        got = yield a
                    case _:
                        got = yield b
        print("got", got)

drive(nested_match(), ["r1", "r2", "x", "r3"])


def closed_in_guard():
    try:
        match 5:
            case n if (yield "guard"):
                print("unreachable")
    finally:
        print("cleanup")

g = closed_in_guard()
print(next(g))
g.close()


class Box:
    pass


def targets():
    d = {}
    d[(yield "key")] = (yield "value")
    obj = (yield "object")
    (yield "object again").attr = "set"
    a = d[(yield "second")] = "both"
    d[(yield "aug")] += "!"
    x, d[(yield "in tuple")] = 1, 2
    del d[(yield "del")]
    return d, a, x, obj.attr

box = Box()
drive(targets(), ["V", "K", box, box, "S", "K", "T", "S"])
print(box.attr)


def deco(tag):
    def wrap(fn):
        fn.tag = tag
        return fn
    return wrap


def decorated():
    @(yield "first")
    @deco((yield "second"))
    def f():
        return "f"

    @(yield "class")
    class C:
        pass

    return f.tag, f(), C.__name__, C.tag

drive(decorated(), [deco("outer"), "inner", deco("cls")])
