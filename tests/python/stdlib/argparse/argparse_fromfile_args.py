import argparse
import os
import sys
import tempfile

sys.stderr = sys.stdout


class SplitLines(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, arg_line):
        return arg_line.split()


with tempfile.TemporaryDirectory() as tmp:
    inner = os.path.join(tmp, "inner.txt")
    outer = os.path.join(tmp, "outer.txt")
    with open(inner, "w") as f:
        f.write("--level\n3\n")
    with open(outer, "w") as f:
        f.write("--name\nfrom file\n@" + inner + "\n")
    p = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@+")
    p.add_argument("--name")
    p.add_argument("--level", type=int)
    p.add_argument("rest", nargs="*")
    print(p.parse_args(["@" + outer, "x"]))
    print(p.parse_args(["+" + inner, "--name", "cli"]))
    print(p.convert_arg_line_to_args("a b"))
    s = SplitLines(prog="split", fromfile_prefix_chars="@")
    s.add_argument("--name")
    s.add_argument("rest", nargs="*")
    with open(inner, "w") as f:
        f.write("--name one two three\n")
    print(s.parse_args(["@" + inner]))
    try:
        p.parse_args(["@/nonexistent/missing.txt"])
    except SystemExit as e:
        print("SystemExit", e.code)
no = argparse.ArgumentParser(prog="no")
no.add_argument("items", nargs="*")
print(no.parse_args(["@literal"]))
