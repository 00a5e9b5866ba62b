"""encodings.gb18030: the gb18030 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'gb18030')
