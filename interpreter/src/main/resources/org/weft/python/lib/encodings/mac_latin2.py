"""encodings.mac_latin2: the mac_latin2 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'mac_latin2')
decoding_table = encodings._decoding_table('mac_latin2')
encoding_table = codecs.charmap_build(decoding_table)
