"""encodings.utf_16_le: the utf_16_le codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'utf_16_le')
