"""Generates container_cases.tsv: container behaviour recorded from CPython 3.11, the oracle.

Run with python3 (3.11) from this directory:  python3 gen_container_cases.py > container_cases.tsv
Each line: kind <TAB> input <TAB> expected. Inputs use only ints, so that hashes (and so set
iteration order, frozenset and tuple hashes) must equal CPython's exactly.
"""
import random

rng = random.Random(1234)


def err(f):
    try:
        return repr(f())
    except Exception as e:  # noqa: BLE001 - the oracle's message is the expected output
        return f"{type(e).__name__}: {e}"


def set_ops():
    """kind 'set': a program of a<int> (add) and d<int> (discard) steps; expected list(s)."""
    for _ in range(300):
        s = set()
        prog = []
        span = rng.choice([10, 40, 100, 1000, 1 << 40])
        for _ in range(rng.randint(1, 120)):
            k = rng.randrange(-span, span)
            if rng.random() < 0.7:
                s.add(k)
                prog.append(f"a{k}")
            else:
                s.discard(k)
                prog.append(f"d{k}")
        print("set", " ".join(prog), repr(list(s)), sep="\t")


def set_algebra():
    """kind 'setop': two int lists, an operator; expected list(result) (order matters)."""
    ops = {"|": lambda a, b: a | b, "&": lambda a, b: a & b, "-": lambda a, b: a - b,
           "^": lambda a, b: a ^ b, "copy": lambda a, b: a.copy(), "frozen": lambda a, b: frozenset(a)}
    for _ in range(200):
        xs = [rng.randrange(-60, 60) for _ in range(rng.randint(0, 30))]
        ys = [rng.randrange(-60, 60) for _ in range(rng.randint(0, 30))]
        op = rng.choice(list(ops))
        r = ops[op](set(xs), set(ys))
        print("setop", f"{xs};{op};{ys}", repr(list(r)), sep="\t")


def hashes():
    """kind 'hash': a tuple or frozenset of ints; expected hash."""
    for _ in range(100):
        xs = tuple(rng.randrange(-10**12, 10**12) for _ in range(rng.randint(0, 6)))
        print("hash", f"tuple {list(xs)}", hash(xs), sep="\t")
        print("hash", f"frozenset {list(xs)}", hash(frozenset(xs)), sep="\t")


def slices():
    """kind 'slice': list(range(n)), a slice, and an operation; expected result or error."""
    for _ in range(400):
        n = rng.randint(0, 8)
        bound = lambda: rng.choice([None, rng.randint(-10, 10)])
        start, stop = bound(), bound()
        step = rng.choice([None, 1, 2, 3, -1, -2, -3])
        sl = slice(start, stop, step)
        op = rng.choice(["get", "set", "del"])
        m = rng.randint(0, 4)
        a = list(range(n))

        def run():
            if op == "get":
                return a[sl]
            if op == "set":
                a[sl] = [100 + i for i in range(m)]
            else:
                del a[sl]
            return a
        print("slice", f"{n} {start} {stop} {step} {op} {m}", err(run), sep="\t")


set_ops()
set_algebra()
hashes()
slices()
