"""encodings.utf_16: the utf_16 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'utf_16')
