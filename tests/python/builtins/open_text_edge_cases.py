# Text files: empty writes, re-reading at EOF, encode errors, bad modes and closed files.
import os

p = "open_text_edge_cases.tmp"
with open(p, "w") as f:
    f.write("")              # an empty write must not disturb the encoder
    f.write("abc\n")
    f.write("")
    f.write("héllo ☃\n")
with open(p) as f:
    print(repr(f.read()), repr(f.read()), repr(f.readline()))
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    print(list(f))
with open(p, "a") as f:
    print(f.write(""))
with open(p, "w", encoding="ascii") as f:
    try:
        f.write("é")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
    f.write("")
    f.write("ok")
print(open(p).read())
with open(p, "w", encoding="latin-1", errors="replace") as f:
    f.write("")
    f.write("x☃y")
print(open(p, encoding="latin-1").read())
with open(p, "w") as f:
    f.write("")
print(repr(open(p).read()))

# bad modes are ValueErrors worded as CPython words them
for mode in ["rw", "rbt", "z", "", "rr"]:
    try:
        open(p, mode)
    except ValueError as e:
        print("ValueError:", e)

f = open(p)
try:
    f.seek(-1)
except ValueError as e:
    print("ValueError:", e)
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), f.tell, lambda: f.seek(0), lambda: list(f)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
r = open(p)
try:
    r.write("x")
except OSError as e:
    print(type(e).__name__, e)
r.close()
os.remove(p)
