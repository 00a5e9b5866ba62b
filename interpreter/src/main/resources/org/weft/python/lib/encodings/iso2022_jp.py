"""encodings.iso2022_jp: the iso2022_jp codec as a module (a thin layer over codecs.lookup, written for Weft)."""
import encodings

encodings._fill(globals(), 'iso2022_jp')
