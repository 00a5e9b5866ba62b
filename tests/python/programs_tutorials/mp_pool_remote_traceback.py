# A multiprocessing.Pool worker's exception comes back with a RemoteTraceback as its __cause__.
import multiprocessing as mp

def parse(s):
    return int(s)

if __name__ == "__main__":
    with mp.Pool(2) as pool:
        print(pool.map(parse, ["1", "2"]))
        r = pool.apply_async(parse, ("x",))
        try:
            r.get()
        except ValueError as e:
            cause = e.__cause__
            print("cause:", type(cause).__name__, type(cause).__module__, e.__traceback__ is not None)
            text = str(cause)
            print(text.startswith('\n"""\nTraceback (most recent call last):'), text.endswith('"""'))
            print(text.splitlines()[-2])
        it = pool.imap(parse, ["5", "6", "seven"])
        print(next(it), next(it))
        try:
            next(it)
        except ValueError as e:
            print("imap:", e, type(e.__cause__).__name__)
        print(type(it).__name__, type(pool.imap_unordered(parse, [])).__name__)
        print(pool.map(parse, ["3", "four"]))
