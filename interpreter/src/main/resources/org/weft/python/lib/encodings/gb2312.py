"""encodings.gb2312: the gb2312 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'gb2312')
