"""encodings.iso2022_kr: the iso2022_kr codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'iso2022_kr')
