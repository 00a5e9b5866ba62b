"""encodings.cp1256: the cp1256 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1256')
decoding_table = encodings._decoding_table('cp1256')
encoding_table = codecs.charmap_build(decoding_table)
