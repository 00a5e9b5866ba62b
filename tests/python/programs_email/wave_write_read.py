# Write a short mono 16-bit sine tone to a WAV file and read it back.
import math
import os
import struct
import tempfile
import wave

rate = 8000
frames = [int(12000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(400)]
raw = struct.pack('<%dh' % len(frames), *frames)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'tone.wav')
    with wave.open(path, 'wb') as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(raw[:400])
        w.writeframes(raw[400:])
        print('written', w.tell())
    print('size', os.path.getsize(path))
    with open(path, 'rb') as f:
        print(f.read(44))
    with wave.open(path, 'rb') as r:
        print(r.getparams())
        first = r.readframes(5)
        print(struct.unpack('<5h', first), r.tell())
        r.setpos(398)
        print(len(r.readframes(10)), r.tell())
        r.rewind()
        print(r.readframes(r.getnframes()) == raw)
