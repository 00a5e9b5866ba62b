"""encodings.iso8859_15: the iso8859_15 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'iso8859_15')
decoding_table = encodings._decoding_table('iso8859_15')
encoding_table = codecs.charmap_build(decoding_table)
