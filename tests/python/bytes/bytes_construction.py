print(bytes(), bytes(4), bytes([1, 2, 255]), bytes(b"copy"), bytes("text", "utf-8"), bytes(range(3)))
print(bytes.fromhex("deadbeef"), b"\x00" * 3, bytes(memoryview(b"mv")))
try:
    bytes("no encoding")
except TypeError as e:
    print(e)
try:
    bytes([300])
except ValueError as e:
    print(e)
print(type(b"x"[0]).__name__, type(b"x"[:1]).__name__)
print(repr(bytes([0, 9, 10, 13, 39, 92, 127, 128, 255])))
