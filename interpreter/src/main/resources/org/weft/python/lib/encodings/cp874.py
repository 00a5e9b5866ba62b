"""encodings.cp874: the cp874 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp874')
decoding_table = encodings._decoding_table('cp874')
encoding_table = codecs.charmap_build(decoding_table)
