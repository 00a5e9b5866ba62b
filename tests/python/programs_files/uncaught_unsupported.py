# Writing to a file opened for reading ends with io.UnsupportedOperation: not writable.
import os
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "ro.txt")
    with open(p, "w") as f:
        f.write("data\n")
    with open(p) as f:
        print(f.read(), end="")
        print(f.writable(), f.readable())
        f.write("more\n")
