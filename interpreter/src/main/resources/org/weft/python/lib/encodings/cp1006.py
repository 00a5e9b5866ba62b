"""encodings.cp1006: the cp1006 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1006')
decoding_table = encodings._decoding_table('cp1006')
encoding_table = codecs.charmap_build(decoding_table)
