"""encodings.koi8_u: the koi8_u codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'koi8_u')
decoding_table = encodings._decoding_table('koi8_u')
encoding_table = codecs.charmap_build(decoding_table)
