"""encodings.shift_jis: the shift_jis codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'shift_jis')
