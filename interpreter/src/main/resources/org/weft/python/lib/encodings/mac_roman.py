"""encodings.mac_roman: the mac_roman codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'mac_roman')
decoding_table = encodings._decoding_table('mac_roman')
encoding_table = codecs.charmap_build(decoding_table)
