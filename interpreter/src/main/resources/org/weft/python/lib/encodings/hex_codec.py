"""encodings.hex_codec: the hex bytes-to-bytes codec as a module (written for Weft over codecs.lookup)."""
import encodings

_info = encodings._fill(globals(), 'hex_codec')
hex_encode = _info.encode
hex_decode = _info.decode
del encode, decode
