"""encodings.cp863: the cp863 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp863')
decoding_table = encodings._decoding_table('cp863')
encoding_table = codecs.charmap_build(decoding_table)
