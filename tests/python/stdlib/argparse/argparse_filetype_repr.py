import argparse
import sys

print(argparse.FileType("r"), argparse.FileType("wb", 0), argparse.FileType("w", encoding="utf-8"))
print(argparse.FileType("a", -1, "latin-1", "ignore"), argparse.FileType())
p = argparse.ArgumentParser(prog="ft")
p.add_argument("src", type=argparse.FileType("r"))
sys.stderr = sys.stdout
try:
    p.parse_args(["/nonexistent/input.txt"])
except SystemExit as e:
    print("SystemExit", e.code)
ns = p.parse_args(["-"])
print(ns.src is sys.stdin)
