# python -m quopri: encode a file (-t also quotes tabs and spaces), decode with -d, and the
# errors: -t with -d, an unknown option, a missing file (exit 1, the others still done).
import io
import os
import runpy
import sys
import tempfile

os.chdir(tempfile.mkdtemp())
with open("plain.txt", "wb") as f:
    f.write("café = ok\tend \nsecond line\n".encode("utf-8"))


def run(*args):
    real_out, real_err = sys.stdout, sys.stderr
    buf, err = io.BytesIO(), io.StringIO()
    out = sys.stdout = io.TextIOWrapper(buf, encoding="utf-8")
    sys.stderr = err
    sys.argv = ["quopri", *args]
    code = 0
    try:
        runpy.run_module("quopri", run_name="__main__")
    except SystemExit as e:
        code = e.code
    finally:
        out.flush()
        sys.stdout, sys.stderr = real_out, real_err
    print("$ quopri", " ".join(args), "-> exit", code)
    print(buf.getvalue().decode("utf-8"), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")
    return buf.getvalue()


encoded = run("plain.txt")
run("-t", "plain.txt")
with open("encoded.txt", "wb") as f:
    f.write(encoded)
run("-d", "encoded.txt")
run("-t", "-d", "plain.txt")
run("-x")
run("missing.txt", "plain.txt")
