# python -m uu: uuencode a file to stdout (a 'begin 644 name' header), -t on a text file, and
# decode a file to stdout.
import io
import os
import runpy
import sys
import tempfile
import warnings

warnings.simplefilter("ignore", DeprecationWarning)
os.chdir(tempfile.mkdtemp())
with open("data.bin", "wb") as f:
    f.write(bytes(range(70)))
os.chmod("data.bin", 0o644)


def run(*args, show=True):
    real_out = sys.stdout
    buf = io.BytesIO()
    out = sys.stdout = io.TextIOWrapper(buf, encoding="utf-8")
    sys.argv = ["uu", *args]
    code = 0
    try:
        runpy.run_module("uu", run_name="__main__")
    except SystemExit as e:
        code = e.code
    finally:
        out.flush()
        sys.stdout = real_out
    print("$ uu", " ".join(args), "-> exit", code)
    if show:
        print(buf.getvalue().decode("latin-1"), end="")
    return buf.getvalue()


encoded = run("data.bin")
run("-t", "data.bin")
with open("data.uu", "wb") as f:
    f.write(encoded)
print(run("-d", "data.uu", show=False) == bytes(range(70)))
