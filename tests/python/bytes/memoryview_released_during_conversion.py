# A memoryview released by Python code that runs while an index or a value is converted
# refuses the access afterwards (ValueError), and the exporter is left untouched.
data = bytearray(b"abcdefgh")
view = memoryview(data)


class ReleasingValue:
    def __index__(self):
        view.release()
        return 90


try:
    view[2] = ReleasingValue()
except ValueError as e:
    print("write:", e)
print(data)

data = bytearray(b"abcdefgh")
view = memoryview(data)


class ReleasingKey:
    def __index__(self):
        view.release()
        return 1


for action in ("read", "write"):
    data = bytearray(b"abcdefgh")
    view = memoryview(data)
    try:
        if action == "read":
            print(view[ReleasingKey()])
        else:
            view[ReleasingKey()] = 65
    except ValueError as e:
        print(action, "key:", e)
    print(data)

fine = memoryview(bytearray(b"xyz"))


class Plain:
    def __index__(self):
        return 66


fine[0] = Plain()
print(fine.tobytes())
