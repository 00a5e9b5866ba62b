"""encodings.cp1252: the cp1252 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1252')
decoding_table = encodings._decoding_table('cp1252')
encoding_table = codecs.charmap_build(decoding_table)
