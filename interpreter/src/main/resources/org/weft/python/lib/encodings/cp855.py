"""encodings.cp855: the cp855 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp855')
decoding_table = encodings._decoding_table('cp855')
encoding_table = codecs.charmap_build(decoding_table)
