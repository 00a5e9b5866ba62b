"""encodings.cp1251: the cp1251 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1251')
decoding_table = encodings._decoding_table('cp1251')
encoding_table = codecs.charmap_build(decoding_table)
