import os
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_open_text")
os.makedirs(base, exist_ok=True)
path = os.path.join(base, "sample.txt")
try:
    with open(path, "w") as f:
        n = f.write("first line\nsecond line\n")
        f.write("third line")
    print("wrote", n)
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(f.readline(), end="")
        print(f.readlines())
    with open(path) as f:
        for i, line in enumerate(f):
            print(i, line.rstrip("\n"))
    with open(path, "a") as f:
        f.write("\nappended")
    with open(path, encoding="utf-8") as f:
        print(f.read().splitlines())
    with open(path, "w", encoding="utf-8") as f:
        print("via print", 42, file=f)
        f.writelines(["x\n", "y\n"])
    with open(path) as f:
        print(f.read(), end="")
    with open(path, "r+") as f:
        print(f.read(3))
    print(f.closed)
    try:
        open(os.path.join(base, "does_not_exist.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename))
finally:
    for name in os.listdir(base):
        os.remove(os.path.join(base, name))
    os.rmdir(base)
print(os.path.exists(base))
