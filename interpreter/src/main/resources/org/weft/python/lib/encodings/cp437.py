"""encodings.cp437: the cp437 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp437')
decoding_table = encodings._decoding_table('cp437')
encoding_table = codecs.charmap_build(decoding_table)
