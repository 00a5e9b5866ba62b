"""encodings.unicode_escape: the unicode_escape codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'unicode_escape')
