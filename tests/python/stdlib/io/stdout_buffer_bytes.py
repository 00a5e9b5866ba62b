"""sys.stdout.buffer takes bytes: UTF-8 text arrives whole even when a character is split across writes."""
import sys

out = sys.stdout.buffer
print(out is sys.stdout.buffer, out.name, out.mode, out.writable(), out.readable(), out.seekable())
sys.stdout.flush()
n = out.write("héllo wörld\n".encode())
out.write(b"split \xc3")
out.write(b"\xa9 done\n")
out.writelines([b"a\n", bytearray(b"b\n"), memoryview(b"c\n")])
out.flush()
print(n)
try:
    out.write("text")
except TypeError as e:
    print("TypeError", e)
print(sys.stdin.buffer.readable(), sys.stdin.buffer.mode, sys.stderr.buffer.name)
