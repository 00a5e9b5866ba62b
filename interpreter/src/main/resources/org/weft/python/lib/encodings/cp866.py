"""encodings.cp866: the cp866 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp866')
decoding_table = encodings._decoding_table('cp866')
encoding_table = codecs.charmap_build(decoding_table)
