# Parsing fixed-size records from a truncated binary file: the last partial record raises struct.error.
import io
import struct

REC = struct.Struct("<HHf")
data = b"".join(REC.pack(i, i * i, i / 4) for i in range(4)) + b"\x01\x02\x03"
stream = io.BytesIO(data)
print(len(data), REC.size, len(data) % REC.size)
while True:
    chunk = stream.read(REC.size)
    if not chunk:
        break
    print(REC.unpack(chunk))
