"""encodings.euc_jp: the euc_jp codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'euc_jp')
