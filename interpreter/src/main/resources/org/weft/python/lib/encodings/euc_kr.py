"""encodings.euc_kr: the euc_kr codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'euc_kr')
