# Stereo 8-bit WAV in memory, setparams, odd data sizes and errors.
import io
import wave

buf = io.BytesIO()
w = wave.open(buf, 'wb')
w.setparams((2, 1, 11025, 0, 'NONE', 'not compressed'))
w.writeframes(bytes([128, 130, 140, 120, 200, 50]))
w.writeframesraw(b'\x80')
print(w.getparams(), w.getnframes())
w.close()
data = buf.getvalue()
print(len(data), data)
r = wave.open(io.BytesIO(data))
print(r.getnchannels(), r.getsampwidth(), r.getframerate(), r.getnframes(), r.getcomptype(), r.getcompname())
print(r.readframes(2), r.readframes(10), r.tell())
print(r.getmarkers())
for bad in (b'', b'RIFX', b'RIFF\x00\x00\x00\x00WAVX', b'RIFF\x00\x00\x00\x00WAVE'):
    try:
        wave.open(io.BytesIO(bad))
    except (wave.Error, EOFError) as e:
        print(type(e).__name__, e)
w = wave.open(io.BytesIO(), 'wb')
for call in (lambda: w.setsampwidth(9), lambda: w.setnchannels(0), lambda: w.writeframes(b'x'),
             lambda: w.setcomptype('ULAW', 'u-law'), lambda: w.getparams()):
    try:
        call()
    except wave.Error as e:
        print('wave.Error:', e)
w.setnchannels(1)
w.setsampwidth(3)
w.setframerate(44100.6)
w.writeframes(b'\x01\x02\x03' * 2)
try:
    w.setnchannels(2)
except wave.Error as e:
    print('wave.Error:', e)
print(w.getframerate(), w.tell())
w.close()
try:
    wave.open(io.BytesIO(), 'a')
except wave.Error as e:
    print('wave.Error:', e)
