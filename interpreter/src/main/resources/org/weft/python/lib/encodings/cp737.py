"""encodings.cp737: the cp737 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp737')
decoding_table = encodings._decoding_table('cp737')
encoding_table = codecs.charmap_build(decoding_table)
