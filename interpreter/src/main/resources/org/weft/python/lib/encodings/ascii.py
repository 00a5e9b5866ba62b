"""encodings.ascii: the ascii codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'ascii')
