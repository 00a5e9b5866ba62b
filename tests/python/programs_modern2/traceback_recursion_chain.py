# Chained exceptions (during handling / direct cause) with carets, uncaught.
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError(f"cannot load {text!r}") from e


def main():
    values = [load(t) for t in ["1", "2"]]
    print(values)
    try:
        {}["k"]
    except KeyError:
        load("three")


main()
