"""encodings.cp865: the cp865 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp865')
decoding_table = encodings._decoding_table('cp865')
encoding_table = codecs.charmap_build(decoding_table)
