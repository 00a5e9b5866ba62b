# Fine-grained error locations (3.11): the carets under the failing part.
import traceback


def show(fn):
    try:
        fn()
    except Exception:
        lines = traceback.format_exc().splitlines()
        # drop the File lines (they hold the path) and the frame of show()
        for line in lines[3:]:
            if not line.lstrip().startswith("File"):
                print(line)
        print("--")


data = {"a": {"b": None}}
show(lambda: data["a"]["b"]["c"])
x, y = 1, 0
show(lambda: x + 2 * (x / y))
show(lambda: [1, 2, 3][10])
o = None
show(lambda: o.attribute.other)
show(lambda: len(5) + 1)
show(lambda: int("12") + "3")


def nested():
    a = {"k": [1, 2]}
    return a["k"][1] + a["k"][5]


show(nested)
