# Using a file after its with-block: the program ends with ValueError: I/O operation on closed file.
import io

def save_report(lines):
    buf = io.StringIO()
    with buf:
        for i, line in enumerate(lines, 1):
            buf.write(f"{i}. {line}\n")
        text = buf.getvalue()
    print(text, end="")
    return buf

out = save_report(["alpha", "beta"])
print(out.closed)
out.write("gamma\n")
