"""encodings.rot_13: the rot13 text transform as a module (written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'rot_13')

rot13_map = {c: c for c in range(256)}
for _i in range(26):
    rot13_map[ord('A') + _i] = ord('A') + (_i + 13) % 26
    rot13_map[ord('a') + _i] = ord('a') + (_i + 13) % 26
del _i


def rot13(infile, outfile):
    outfile.write(codecs.encode(infile.read(), 'rot13'))
