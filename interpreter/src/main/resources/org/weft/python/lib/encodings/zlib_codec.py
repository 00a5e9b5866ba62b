"""encodings.zlib_codec: the zlib bytes-to-bytes codec as a module (written for Weft over codecs.lookup)."""
import encodings

_info = encodings._fill(globals(), 'zlib_codec')
zlib_encode = _info.encode
zlib_decode = _info.decode
del encode, decode
