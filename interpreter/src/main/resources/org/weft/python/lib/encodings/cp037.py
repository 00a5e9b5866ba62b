"""encodings.cp037: the cp037 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp037')
decoding_table = encodings._decoding_table('cp037')
encoding_table = codecs.charmap_build(decoding_table)
