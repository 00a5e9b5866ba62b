"""encodings.cp424: the cp424 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'cp424')
decoding_table = encodings._decoding_table('cp424')
encoding_table = codecs.charmap_build(decoding_table)
