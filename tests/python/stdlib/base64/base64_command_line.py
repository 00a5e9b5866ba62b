# python -m base64 (base64.py run as __main__): encode and decode files and stdin, -t, -h,
# a bad option (usage on stderr, exit 2), and line wrapping at 76 characters.
import io
import os
import runpy
import sys
import tempfile

folder = tempfile.mkdtemp()
plain = os.path.join(folder, "plain.bin")
encoded = os.path.join(folder, "encoded.txt")
with open(plain, "wb") as f:
    f.write(b"The quick brown fox jumps over the lazy dog. " * 4 + bytes(range(250, 256)))


def run(*args, stdin=b""):
    real_out, real_err, real_in = sys.stdout, sys.stderr, sys.stdin
    out_buffer, err_text = io.BytesIO(), io.StringIO()
    # Keep the wrapper referenced: main() may rebind sys.stdout, and a collected wrapper closes its buffer.
    out_text = sys.stdout = io.TextIOWrapper(out_buffer, encoding="utf-8")
    sys.stderr = err_text
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    sys.argv = ["base64", *args]
    code = 0
    try:
        runpy.run_module("base64", run_name="__main__")
    except SystemExit as e:
        code = e.code
    finally:
        out_text.flush()
        out = out_buffer.getvalue()
        err = err_text.getvalue()
        sys.stdout, sys.stderr, sys.stdin = real_out, real_err, real_in
    print("$ base64", " ".join(os.path.basename(a) for a in args), "-> exit", code)
    print(out.decode("latin-1"), end="")
    if err:
        print("stderr:", err, end="")
    return out


encoded_text = run("-e", plain)
with open(encoded, "wb") as f:
    f.write(encoded_text)
print(max(len(line) for line in encoded_text.splitlines()))
decoded = run("-d", encoded)
print()
print(decoded == open(plain, "rb").read())
run("-u", "-", stdin=b"aGVsbG8gd29ybGQ=\n")
run(stdin=b"from stdin")
run("-t")
run("-h")
run("-x")
