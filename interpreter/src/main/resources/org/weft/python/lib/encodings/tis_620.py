"""encodings.tis_620: the tis_620 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'tis_620')
decoding_table = encodings._decoding_table('tis_620')
encoding_table = codecs.charmap_build(decoding_table)
