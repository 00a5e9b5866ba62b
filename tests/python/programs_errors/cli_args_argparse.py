# A command-line tool's argument parsing: parse_args on several argument lists; errors exit(2).
import argparse
import io
import contextlib

parser = argparse.ArgumentParser(prog="resize", description="Resize images.")
parser.add_argument("files", nargs="+", help="images to resize")
parser.add_argument("-w", "--width", type=int, required=True)
parser.add_argument("--scale", type=float, default=1.0)
parser.add_argument("--mode", choices=["fit", "fill", "stretch"], default="fit")
parser.add_argument("-q", "--quiet", action="store_true")

attempts = [
    ["a.png", "-w", "100"],
    ["a.png", "b.png", "--width=50", "--scale", "0.5", "--mode", "fill", "-q"],
    ["-w", "100"],
    ["a.png"],
    ["a.png", "-w", "wide"],
    ["a.png", "-w", "10", "--scale", "half"],
    ["a.png", "-w", "10", "--mode", "zoom"],
    ["a.png", "-w", "10", "--colour", "red"],
    ["a.png", "-w"],
    ["a.png", "--wid", "5"],
]
for argv in attempts:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            ns = parser.parse_args(argv)
        print(argv, "->", sorted(vars(ns).items()))
    except SystemExit as e:
        last = err.getvalue().strip().splitlines()[-1]
        print(argv, "-> exit", e.code, "|", last)

try:
    parser.add_argument("--width")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
try:
    parser.add_argument("bad", nargs=0)
except ValueError as e:
    print("ValueError:", e)
try:
    parser.add_argument("-x", type="int")
except ValueError as e:
    print("ValueError:", e)
ns, rest = parser.parse_known_args(["a.png", "-w", "3", "--extra", "1"])
print(ns.width, rest)
parser.parse_args(["only.png", "--mode", "tiny", "-w", "1"])
