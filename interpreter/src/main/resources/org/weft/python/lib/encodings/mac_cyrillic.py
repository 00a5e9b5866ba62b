"""encodings.mac_cyrillic: the mac_cyrillic codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'mac_cyrillic')
decoding_table = encodings._decoding_table('mac_cyrillic')
encoding_table = codecs.charmap_build(decoding_table)
