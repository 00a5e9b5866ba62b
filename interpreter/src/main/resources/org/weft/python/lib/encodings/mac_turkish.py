"""encodings.mac_turkish: the mac_turkish codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'mac_turkish')
decoding_table = encodings._decoding_table('mac_turkish')
encoding_table = codecs.charmap_build(decoding_table)
