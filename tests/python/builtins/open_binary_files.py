import os
base = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_open_binary")
os.makedirs(base, exist_ok=True)
path = os.path.join(base, "data.bin")
try:
    with open(path, "wb") as f:
        f.write(bytes(range(10)))
        f.write(b"\xff\xfe")
    with open(path, "rb") as f:
        data = f.read()
    print(data, len(data))
    with open(path, "rb") as f:
        print(f.read(3), f.read(2))
        f.seek(0)
        print(f.read(1), f.tell())
    with open(path, "w", encoding="utf-8") as f:
        f.write("héllo ☃")
    with open(path, "rb") as f:
        raw = f.read()
    print(raw, len(raw))
    with open(path, encoding="utf-8") as f:
        print(f.read())
    print(os.path.getsize(path))
finally:
    os.remove(path)
    os.rmdir(base)
