# The binary buffers under the standard streams share their descriptors (0, 1, 2), and a
# write through sys.stdout.buffer returns the number of bytes, as a text write returns characters.
import sys

print(sys.stdin.buffer.fileno(), sys.stdout.buffer.fileno(), sys.stderr.buffer.fileno())
print(sys.stdout.buffer.fileno() == sys.stdout.fileno())
print(sys.stdin.buffer.readable(), sys.stdout.buffer.writable(), sys.stdout.buffer.readable())
n_text = sys.stdout.write("caf\u00e9 text\n")
sys.stdout.flush()
n_bytes = sys.stdout.buffer.write("caf\u00e9 bytes\n".encode("utf-8"))
sys.stdout.buffer.flush()
print(n_text, n_bytes)
