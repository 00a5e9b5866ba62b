"""encodings.big5hkscs: the big5hkscs codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'big5hkscs')
