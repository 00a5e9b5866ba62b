"""encodings.cp862: the cp862 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp862')
decoding_table = encodings._decoding_table('cp862')
encoding_table = codecs.charmap_build(decoding_table)
