"""encodings.cp1253: the cp1253 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1253')
decoding_table = encodings._decoding_table('cp1253')
encoding_table = codecs.charmap_build(decoding_table)
