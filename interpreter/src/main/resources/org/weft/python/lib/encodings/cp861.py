"""encodings.cp861: the cp861 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp861')
decoding_table = encodings._decoding_table('cp861')
encoding_table = codecs.charmap_build(decoding_table)
