# Write a WAV file (RIFF header + 16-bit PCM samples) with struct, then read its header and samples.
import math
import os
import struct
import tempfile

RATE, CHANNELS, BITS = 8000, 1, 16
samples = [int(32767 * 0.5 * math.sin(2 * math.pi * 440 * n / RATE)) for n in range(40)]
data = struct.pack("<%dh" % len(samples), *samples)
fmt_chunk = struct.pack("<4sIHHIIHH", b"fmt ", 16, 1, CHANNELS, RATE, RATE * CHANNELS * BITS // 8,
                        CHANNELS * BITS // 8, BITS)
data_chunk = struct.pack("<4sI", b"data", len(data)) + data
riff = struct.pack("<4sI4s", b"RIFF", 4 + len(fmt_chunk) + len(data_chunk), b"WAVE")

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "tone.wav")
    with open(p, "wb") as f:
        f.write(riff)
        f.write(fmt_chunk)
        f.write(data_chunk)
    print("size", os.path.getsize(p))
    with open(p, "rb") as f:
        tag, size, wave = struct.unpack("<4sI4s", f.read(12))
        print(tag, size, wave)
        while True:
            head = f.read(8)
            if not head:
                break
            cid, clen = struct.unpack("<4sI", head)
            body = f.read(clen)
            if cid == b"fmt ":
                fields = struct.unpack("<HHIIHH", body)
                print("fmt", dict(zip(["format", "channels", "rate", "byte_rate", "align", "bits"], fields)))
            elif cid == b"data":
                count = clen // 2
                values = struct.unpack("<%dh" % count, body)
                print("data", count, values[:6], max(values), min(values))
                print("peak dB", round(20 * math.log10(max(abs(v) for v in values) / 32767), 2))
    with open(p, "r+b") as f:
        f.seek(44)
        first = struct.unpack("<h", f.read(2))[0]
        f.seek(44)
        f.write(struct.pack("<h", -first - 1))
        f.seek(44)
        print(first, struct.unpack("<h", f.read(2))[0])
    try:
        struct.unpack("<4sI4s", open(p, "rb").read(10))
    except struct.error as e:
        print(type(e).__name__, e)
