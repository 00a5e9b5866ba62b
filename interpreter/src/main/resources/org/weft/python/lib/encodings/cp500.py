"""encodings.cp500: the cp500 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp500')
decoding_table = encodings._decoding_table('cp500')
encoding_table = codecs.charmap_build(decoding_table)
