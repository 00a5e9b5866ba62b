"""encodings.cp864: the cp864 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp864')
decoding_table = encodings._decoding_table('cp864')
encoding_table = codecs.charmap_build(decoding_table)
