"""encodings.utf_16_be: the utf_16_be codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'utf_16_be')
