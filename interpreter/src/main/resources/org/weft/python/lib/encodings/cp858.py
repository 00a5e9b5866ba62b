"""encodings.cp858: the cp858 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp858')
decoding_table = encodings._decoding_table('cp858')
encoding_table = codecs.charmap_build(decoding_table)
