"""encodings.iso8859_9: the iso8859_9 codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import codecs
import encodings

encodings._fill(globals(), 'iso8859_9')
decoding_table = encodings._decoding_table('iso8859_9')
encoding_table = codecs.charmap_build(decoding_table)
