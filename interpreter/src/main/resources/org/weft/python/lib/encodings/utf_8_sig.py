"""encodings.utf_8_sig: the utf_8_sig codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'utf_8_sig')
