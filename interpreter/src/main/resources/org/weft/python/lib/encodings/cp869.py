"""encodings.cp869: the cp869 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp869')
decoding_table = encodings._decoding_table('cp869')
encoding_table = codecs.charmap_build(decoding_table)
