"""encodings.cp273: the cp273 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp273')
decoding_table = encodings._decoding_table('cp273')
encoding_table = codecs.charmap_build(decoding_table)
