"""encodings.latin_1: the latin_1 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'latin_1')
