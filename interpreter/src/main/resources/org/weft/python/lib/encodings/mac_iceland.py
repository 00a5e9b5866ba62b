"""encodings.mac_iceland: the mac_iceland codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'mac_iceland')
decoding_table = encodings._decoding_table('mac_iceland')
encoding_table = codecs.charmap_build(decoding_table)
