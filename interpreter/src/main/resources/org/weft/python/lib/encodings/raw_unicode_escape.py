"""encodings.raw_unicode_escape: the raw_unicode_escape codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'raw_unicode_escape')
