"""encodings.cp1254: the cp1254 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1254')
decoding_table = encodings._decoding_table('cp1254')
encoding_table = codecs.charmap_build(decoding_table)
