"""encodings.cp857: the cp857 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp857')
decoding_table = encodings._decoding_table('cp857')
encoding_table = codecs.charmap_build(decoding_table)
