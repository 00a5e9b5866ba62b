"""encodings.cp860: the cp860 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp860')
decoding_table = encodings._decoding_table('cp860')
encoding_table = codecs.charmap_build(decoding_table)
