# Parsing a length-prefixed binary protocol from bytes; malformed frames raise specific errors.
import struct

class FrameError(Exception):
    pass

def frames(data):
    pos = 0
    while pos < len(data):
        if len(data) - pos < 3:
            raise FrameError(f"truncated header at offset {pos}")
        kind, length = struct.unpack_from(">BH", data, pos)
        pos += 3
        payload = data[pos:pos + length]
        if len(payload) != length:
            raise FrameError(f"frame at {pos - 3} wants {length} bytes, has {len(payload)}")
        pos += length
        yield kind, payload

def decode(kind, payload):
    if kind == 1:
        return payload.decode("utf-8")
    if kind == 2:
        return struct.unpack(">i", payload)[0]
    if kind == 3:
        return [b for b in payload]
    raise FrameError(f"unknown frame kind {kind}")

good = b"\x01\x00\x05hello" + b"\x02\x00\x04\xff\xff\xff\xfe" + b"\x03\x00\x02\x01\x02"
streams = {
    "good": good,
    "bad utf8": b"\x01\x00\x02\xc3\x28",
    "short int": b"\x02\x00\x02\x00\x01",
    "unknown kind": b"\x09\x00\x00",
    "truncated": good[:-1],
    "header only": b"\x01\x00",
}
for name, data in streams.items():
    out = []
    try:
        for kind, payload in frames(data):
            out.append(decode(kind, payload))
        print(name, "->", out)
    except FrameError as e:
        print(name, "-> FrameError:", e, "| decoded so far:", out)
    except UnicodeDecodeError as e:
        print(name, "-> UnicodeDecodeError:", e.reason, e.start, e.end, repr(e.object))
    except struct.error as e:
        print(name, "-> struct.error:", e)

buf = bytearray(good)
buf[0] = 300 % 256
try:
    buf[1] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    buf[2] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    bytes(good)[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    good + "text"
except TypeError as e:
    print("TypeError:", e)
try:
    good.index(b"zz")
except ValueError as e:
    print("ValueError:", e)
try:
    b"%d bytes" % "x"
except TypeError as e:
    print("TypeError:", e)
print(good.hex(" ", 4), bytes.fromhex("de ad be ef"), good.count(b"\x00"), good[3:8].decode())
try:
    bytes.fromhex("abc")
except ValueError as e:
    print("ValueError:", e)
list(frames(b"\x01\x00\x09short"))
