"""encodings.quopri_codec: the quopri bytes-to-bytes codec as a module (written for Weft over codecs.lookup)."""
import encodings

_info = encodings._fill(globals(), 'quopri_codec')
quopri_encode = _info.encode
quopri_decode = _info.decode
del encode, decode
