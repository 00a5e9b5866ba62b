"""encodings.cp1257: the cp1257 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1257')
decoding_table = encodings._decoding_table('cp1257')
encoding_table = codecs.charmap_build(decoding_table)
