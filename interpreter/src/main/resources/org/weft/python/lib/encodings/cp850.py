"""encodings.cp850: the cp850 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp850')
decoding_table = encodings._decoding_table('cp850')
encoding_table = codecs.charmap_build(decoding_table)
