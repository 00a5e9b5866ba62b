"""encodings.cp1258: the cp1258 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1258')
decoding_table = encodings._decoding_table('cp1258')
encoding_table = codecs.charmap_build(decoding_table)
