"""encodings.cp856: the cp856 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp856')
decoding_table = encodings._decoding_table('cp856')
encoding_table = codecs.charmap_build(decoding_table)
