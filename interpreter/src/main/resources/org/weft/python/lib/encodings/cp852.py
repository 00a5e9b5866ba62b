"""encodings.cp852: the cp852 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp852')
decoding_table = encodings._decoding_table('cp852')
encoding_table = codecs.charmap_build(decoding_table)
