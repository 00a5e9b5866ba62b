"""encodings.koi8_r: the koi8_r codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'koi8_r')
decoding_table = encodings._decoding_table('koi8_r')
encoding_table = codecs.charmap_build(decoding_table)
