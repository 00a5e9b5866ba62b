"""encodings.mac_greek: the mac_greek codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'mac_greek')
decoding_table = encodings._decoding_table('mac_greek')
encoding_table = codecs.charmap_build(decoding_table)
