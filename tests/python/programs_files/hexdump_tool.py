# A hexdump -C clone over a binary file, plus reading a file backwards and byte statistics.
import os
import tempfile

def hexdump(path, width=16):
    with open(path, "rb") as f:
        offset = 0
        prev = None
        starred = False
        while chunk := f.read(width):
            if chunk == prev:
                if not starred:
                    print("*")
                    starred = True
            else:
                starred = False
                hexes = " ".join(f"{b:02x}" for b in chunk)
                if len(chunk) > 8:
                    hexes = hexes[:23] + " " + hexes[23:]
                text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
                print(f"{offset:08x}  {hexes:<49} |{text}|")
            prev = chunk
            offset += len(chunk)
        print(f"{offset:08x}")

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "sample.bin")
    with open(p, "wb") as f:
        f.write(b"Hello, binary world!\n")
        f.write(bytes(range(0, 256, 7)))
        f.write(b"\x00" * 48)
        f.write("ünï\r\n".encode("utf-8"))
    hexdump(p)

    with open(p, "rb") as f:
        f.seek(0, os.SEEK_END)
        pos = f.tell()
        backwards = bytearray()
        while pos > 0:
            step = min(10, pos)
            pos -= step
            f.seek(pos)
            backwards[:0] = f.read(step)
    with open(p, "rb") as f:
        print(bytes(backwards) == f.read())

    counts = [0] * 256
    with open(p, "rb") as f:
        for b in f.read():
            counts[b] += 1
    common = sorted(range(256), key=lambda b: (-counts[b], b))[:3]
    print([(hex(b), counts[b]) for b in common], sum(1 for c in counts if c))
    with open(p, "rb") as f:
        lines = f.readlines()
    print(len(lines), [len(l) for l in lines])
    print(lines[0].rstrip(b"\n").decode(), lines[-1])
