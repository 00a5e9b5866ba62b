"""encodings.base64_codec: the base64 bytes-to-bytes codec as a module (written for Weft over codecs.lookup)."""
import encodings

_info = encodings._fill(globals(), 'base64_codec')
base64_encode = _info.encode
base64_decode = _info.decode
del encode, decode
