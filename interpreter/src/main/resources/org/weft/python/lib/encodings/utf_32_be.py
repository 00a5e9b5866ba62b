"""encodings.utf_32_be: the utf_32_be codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'utf_32_be')
