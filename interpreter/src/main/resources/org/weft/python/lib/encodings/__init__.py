"""encodings: the standard codecs package (written for Weft).

Weft's codecs are registered by _weft_encodings, whose search function this package offers as
search_function; encodings.aliases holds CPython's alias table, and the submodules
(encodings.utf_8, encodings.cp1252, ...) are thin modules over codecs.lookup that give the
names programs reach for: encode, decode, Codec, the incremental and stream classes,
getregentry().
"""
import codecs
import sys

from _weft_encodings import normalize_encoding, search_function
from . import aliases

_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def _fill(namespace, encoding):
    """Give a thin codec module (encodings.<name>) the names CPython's module has, taken from
    the codec that codecs.lookup finds for encoding."""
    info = codecs.lookup(encoding)

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return info.encode(input, errors)

        def decode(self, input, errors='strict'):
            return info.decode(input, errors)

    Codec.__module__ = namespace['__name__']
    namespace.update(
        codecs=codecs,
        Codec=Codec,
        encode=info.encode,
        decode=info.decode,
        IncrementalEncoder=info.incrementalencoder,
        IncrementalDecoder=info.incrementaldecoder,
        StreamWriter=info.streamwriter,
        StreamReader=info.streamreader,
        getregentry=lambda: info,
    )
    return info


def _decoding_table(encoding):
    """A single-byte codec's 256 characters, '\\ufffe' where a byte decodes to nothing."""
    chars = []
    for b in range(256):
        try:
            chars.append(bytes((b,)).decode(encoding))
        except UnicodeDecodeError:
            chars.append('\ufffe')
    return ''.join(chars)
