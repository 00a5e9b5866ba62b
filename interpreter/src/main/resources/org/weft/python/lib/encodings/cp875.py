"""encodings.cp875: the cp875 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp875')
decoding_table = encodings._decoding_table('cp875')
encoding_table = codecs.charmap_build(decoding_table)
