# sunau: write and read Sun .au files (linear and u-law), header bytes, params, errors
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import sunau
print([(w.category.__name__, str(w.message)) for w in caught])
import io
import os
import tempfile
for sampwidth, comptype in [(1, 'NONE'), (2, 'NONE'), (3, 'NONE'), (4, 'NONE'), (2, 'ULAW')]:
    buf = io.BytesIO()
    w = sunau.open(buf, 'wb')
    w.setnchannels(2)
    w.setsampwidth(sampwidth)
    w.setframerate(8000)
    w.setcomptype(comptype, 'ignored')
    w.writeframes(bytes(range(sampwidth * 2 * 3)))
    print(sampwidth, comptype, w.tell(), w.getnframes(), w.getcompname())
    w.close()
    data = buf.getvalue()
    print('  ', data[:32].hex(), data[32:].hex())
    r = sunau.open(io.BytesIO(data), 'rb')
    print('  ', r.getparams(), r.readframes(2).hex(), r.tell(), r.readframes(10).hex())
    r.rewind()
    r.setpos(1)
    print('  ', r.tell(), r.readframes(1).hex(), r.getmarkers())
buf = io.BytesIO()
w = sunau.open(buf, 'wb')
w.setparams((1, 2, 44100, 0, 'NONE', 'not compressed'))
w.writeframes(b'\x01\x02\x03\x04')
w.writeframes(b'\x05\x06')
print(w.tell(), w.getparams())
try:
    w.setnchannels(1)
except sunau.Error as e:
    print('Error:', e)
w.close()
print(buf.getvalue().hex())
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'tone.au')
    with sunau.open(path, 'w') as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(11025)
        w.writeframes(b'\x00\x10' * 5)
    with sunau.open(path) as r:
        print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.readframes(5).hex())
for bad in [b'XXXX' + bytes(20), b'.snd' + bytes(4), b'.snd\x00\x00\x00\x18\x00\x00\x00\x00\x00\x00\x00\x06' + bytes(8)]:
    try:
        sunau.open(io.BytesIO(bad), 'rb')
    except (sunau.Error, EOFError) as e:
        print(type(e).__name__, e)
w = sunau.Au_write(io.BytesIO())
for fn in [lambda: w.setnchannels(3), lambda: w.setsampwidth(5), lambda: w.setnframes(-1),
           lambda: w.setcomptype('ALAW', 'x'), lambda: w.writeframes(b'ab'), lambda: sunau.open(io.BytesIO(), 'x'),
           lambda: sunau.Au_read(io.BytesIO(b'.snd\x00\x00\x00\x18' + bytes(16))).getmark(1)]:
    try:
        fn()
    except sunau.Error as e:
        print('Error:', e)
w.setnchannels(1)
w.setsampwidth(1)
w.setframerate(8000)
w.close()
