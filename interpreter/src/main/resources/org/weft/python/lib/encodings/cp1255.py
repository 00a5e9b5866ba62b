"""encodings.cp1255: the cp1255 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp1255')
decoding_table = encodings._decoding_table('cp1255')
encoding_table = codecs.charmap_build(decoding_table)
