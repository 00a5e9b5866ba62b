def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        half = width // 2 * 3
        hexes = hexes[:half] + " " + hexes[half:] if len(chunk) > width // 2 else hexes
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexes:<{width * 3}}  |{text}|")
    lines.append(f"{len(data):08x}")
    return "\n".join(lines)
payload = "Hello, Wörld! ☃\n\tTabbed\x00\x7f".encode("utf-8") + bytes(range(0, 256, 17))
print(hexdump(payload))
print(hexdump(b""))
print(hexdump(b"short", width=8))
def from_hexdump(text):
    out = bytearray()
    for line in text.splitlines():
        parts = line.split("  ")
        if len(parts) >= 2 and "|" in line:
            out += bytes.fromhex(parts[1].replace("  ", " "))
    return bytes(out)
print(from_hexdump(hexdump(payload)) == payload)
print(payload.hex(), payload[:4].hex(":"), payload[:6].hex(" ", 2), bytes.fromhex(" 41 42\t43\n"))
for n in [0, 1, 127, 128, 255, 256, 65535, -1 & 0xFFFF]:
    print(f"{n:5d} {n:#06x} {n:016b} {n:>08o} {n.bit_length():2d} {bin(n).count('1')}")
import struct
packed = struct.pack(">HhIf", 65535, -2, 0xDEADBEEF, 1.5)
print(packed.hex(" "), struct.unpack(">HhIf", packed), struct.calcsize(">HhIf"), struct.pack("<3s2x?", b"abcd", True))
print(int("deadbeef", 16), int.from_bytes(bytes.fromhex("deadbeef"), "little"), "%08X" % 3735928559, "{:_x}".format(3735928559))
bytes.fromhex("abc")
