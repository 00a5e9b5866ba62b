"""image/* MIME messages."""

__all__ = ['MIMEImage']

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _what(h):
    """The image subtype the leading bytes announce, or None."""
    if h[6:10] in (b'JFIF', b'Exif') or h[:4] == b'\xff\xd8\xff\xdb':
        return 'jpeg'
    if h.startswith(b'\211PNG\r\n\032\n'):
        return 'png'
    if h[:6] in (b'GIF87a', b'GIF89a'):
        return 'gif'
    if h[:2] in (b'MM', b'II'):
        return 'tiff'
    if h.startswith(b'\001\332'):
        return 'rgb'
    if len(h) >= 3 and h[0] == ord(b'P') and h[2] in b' \t\n\r':
        if h[1] in b'14':
            return 'pbm'
        if h[1] in b'25':
            return 'pgm'
        if h[1] in b'36':
            return 'ppm'
    if h.startswith(b'\x59\xA6\x6A\x95'):
        return 'rast'
    if h.startswith(b'#define '):
        return 'xbm'
    if h.startswith(b'BM'):
        return 'bmp'
    if h.startswith(b'RIFF') and h[8:12] == b'WEBP':
        return 'webp'
    if h.startswith(b'\x76\x2f\x31\x01'):
        return 'exr'
    return None


class MIMEImage(MIMENonMultipart):
    """Image data, base64 encoded by default."""

    def __init__(self, _imagedata, _subtype=None,
                 _encoder=encoders.encode_base64, *, policy=None, **_params):
        _subtype = _what(_imagedata) if _subtype is None else _subtype
        if _subtype is None:
            raise TypeError('Could not guess image MIME subtype')
        MIMENonMultipart.__init__(self, 'image', _subtype, policy=policy,
                                  **_params)
        self.set_payload(_imagedata)
        _encoder(self)
