"""encodings.utf_32_le: the utf_32_le codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'utf_32_le')
