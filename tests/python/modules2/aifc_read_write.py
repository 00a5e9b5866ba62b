# aifc: write AIFF and AIFF-C files (uncompressed, u-law, A-law, G.722), markers, read them back
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import aifc
print([(w.category.__name__, str(w.message)) for w in caught])
import io
import os
import tempfile

class Keep(io.BytesIO):
    """A BytesIO that remembers its bytes when aifc closes it."""
    def close(self):
        self.saved = self.getvalue()
        super().close()

samples = bytes(range(0, 64, 3))[:16]
for comp, aiff in [(b'NONE', False), (b'NONE', True), (b'ULAW', False), (b'alaw', False), (b'G722', False),
                   (b'ULAW', True)]:
    buf = Keep()
    w = aifc.open(buf, 'wb')
    if aiff:
        w.aiff()
    w.setparams((2, 2, 22050, 0, comp, b'demo'))
    w.setmark(1, 0, b'start')
    w.setmark(2, 3, b'end')
    w.writeframes(samples)
    print(comp, aiff, w.tell(), w.getmarkers(), w.getmark(2))
    w.close()
    print('  ', buf.saved.hex())
    r = aifc.open(io.BytesIO(buf.saved), 'rb')
    print('  ', r.getparams(), r.getmarkers(), r.readframes(2).hex(), r.tell())
    r.setpos(1)
    print('  ', r.readframes(1).hex(), r.getmark(1))
    r.close()
print(aifc._read_float(io.BytesIO(bytes.fromhex('400bfa00000000000000'))))
for rate in [8000, 44100, 0.5, 1e-3, 123456.75]:
    b = io.BytesIO()
    aifc._write_float(b, rate)
    print(rate, b.getvalue().hex(), aifc._read_float(io.BytesIO(b.getvalue())))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'tone.aiff')
    with aifc.open(path, 'w') as w:
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(b'\x01\x02\x03')
    with aifc.open(path) as r:
        print(r.getparams(), r.readframes(5))
for bad in [b'RIFF' + bytes(8), b'FORM\x00\x00\x00\x04WAVE', b'FORM\x00\x00\x00\x04AIFF']:
    try:
        aifc.open(io.BytesIO(bad), 'rb')
    except (aifc.Error, EOFError) as e:
        print(type(e).__name__, e)
w = aifc.Aifc_write(io.BytesIO())
for fn in [lambda: w.setnchannels(0), lambda: w.setsampwidth(5), lambda: w.setframerate(0),
           lambda: w.setcomptype(b'MP3 ', b'x'), lambda: w.setmark(0, 0, b'x'), lambda: w.setmark(1, -1, b'x'),
           lambda: w.setmark(1, 0, 'str'), lambda: w.getmark(9), lambda: w.getparams(),
           lambda: aifc.open(io.BytesIO(), 'x')]:
    try:
        fn()
    except aifc.Error as e:
        print('Error:', e)
w.setnchannels(1)
w.setsampwidth(1)
w.setframerate(8000)
w.close()
