"""encodings.cp1026: the cp1026 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1026')
decoding_table = encodings._decoding_table('cp1026')
encoding_table = codecs.charmap_build(decoding_table)
