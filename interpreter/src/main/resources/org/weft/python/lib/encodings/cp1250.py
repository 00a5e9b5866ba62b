"""encodings.cp1250: the cp1250 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1250')
decoding_table = encodings._decoding_table('cp1250')
encoding_table = codecs.charmap_build(decoding_table)
