# File names are UTF-8, and bytes that are not round-trip through surrogateescape.
import os
import sys

print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
raw = b"caf\xe9.txt"
name = raw.decode(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(ascii(name), os.fsencode(name) == raw, os.fsdecode(raw) == name)
