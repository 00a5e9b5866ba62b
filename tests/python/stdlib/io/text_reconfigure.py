# TextIOWrapper.reconfigure on sys.stdout, on wrappers over BytesIO and on files: encodings, errors, newline.
import sys, io, os, tempfile
print(sys.stdout.reconfigure(encoding='utf-8', errors='replace'), sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(line_buffering=True); print(sys.stdout.line_buffering)
for kw in [dict(newline=5), dict(bogus=1), dict(encoding='nope'), dict(newline="x")]:
    try: sys.stdout.reconfigure(**kw)
    except Exception as e: print(type(e).__name__, e)
try: sys.stdout.reconfigure('utf-8')
except Exception as e: print(type(e).__name__, e)
t = io.TextIOWrapper(io.BytesIO(), encoding='latin-1'); t.reconfigure(encoding='utf-8'); t.write('é'); t.flush(); print(t.buffer.getvalue(), t.encoding, t.errors)
t = io.TextIOWrapper(io.BytesIO(b'abc'), encoding='latin-1'); t.read(1)
try: t.reconfigure(encoding='utf-8')
except Exception as e: print(type(e).__name__, e)
t.read(); t.reconfigure(newline='\r\n'); t.write('x\n'); t.flush(); print(t.buffer.getvalue())
tmp = tempfile.mkdtemp(); p = os.path.join(tmp, "f")
with open(p, "w") as f:
    f.write("a\n"); f.reconfigure(newline="\r\n", errors="replace"); f.write("b\n"); print(f.errors, f.encoding)
    f.reconfigure(encoding="ascii")
    try: f.write("ü\n")
    except UnicodeEncodeError as e: print(type(e).__name__, e, f.errors, f.encoding)
print(open(p, "rb").read())
os.remove(p); os.rmdir(tmp)
