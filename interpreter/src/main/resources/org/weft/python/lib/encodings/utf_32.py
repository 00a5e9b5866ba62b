"""encodings.utf_32: the utf_32 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'utf_32')
