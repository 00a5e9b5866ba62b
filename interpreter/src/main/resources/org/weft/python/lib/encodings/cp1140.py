"""encodings.cp1140: the cp1140 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1140')
decoding_table = encodings._decoding_table('cp1140')
encoding_table = codecs.charmap_build(decoding_table)
