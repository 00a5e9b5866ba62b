"""encodings.cp775: the cp775 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp775')
decoding_table = encodings._decoding_table('cp775')
encoding_table = codecs.charmap_build(decoding_table)
