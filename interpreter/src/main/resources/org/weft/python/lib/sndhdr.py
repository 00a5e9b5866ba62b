"""Recognize sound file formats based on their headers: what() returns
SndHeaders(filetype, framerate, nchannels, nframes, sampwidth) or None."""

import warnings as _warnings
# Deprecated since 3.11 (PEP 594); the warning points at the importing line.
_warnings.warn("%r is deprecated and slated for removal in Python 3.13" % __name__,
               DeprecationWarning, stacklevel=2)
del _warnings

from collections import namedtuple
import struct

__all__ = ['what', 'whathdr']

SndHeaders = namedtuple('SndHeaders',
                        'filetype framerate nchannels nframes sampwidth')


def what(filename):
    """Guess the type of a sound file."""
    return whathdr(filename)


def whathdr(filename):
    """Recognize sound headers."""
    with open(filename, 'rb') as f:
        h = f.read(512)
        for tf in tests:
            res = tf(h, f)
            if res:
                return SndHeaders(*res)
        return None


tests = []


def _extended(data):
    """An 80-bit IEEE extended float (AIFF sample rates)."""
    expon, himant, lomant = struct.unpack('>hLL', data)
    sign = 1
    if expon < 0:
        sign = -1
        expon = expon + 0x8000
    if expon == himant == lomant == 0:
        return 0.0
    if expon == 0x7FFF:
        return sign * float('inf')
    expon = expon - 16383
    return sign * (himant * 0x100000000 + lomant) * pow(2.0, expon - 63)


def test_aifc(h, f):
    if not h.startswith(b'FORM'):
        return None
    if h[8:12] == b'AIFC':
        fmt = 'aifc'
    elif h[8:12] == b'AIFF':
        fmt = 'aiff'
    else:
        return None
    f.seek(12)
    while True:
        head = f.read(8)
        if len(head) < 8:
            return None
        name, size = head[:4], struct.unpack('>L', head[4:])[0]
        if name == b'COMM':
            data = f.read(18)
            if len(data) < 18:
                return None
            nchannels, nframes, bits = struct.unpack('>hLh', data[:8])
            rate = int(_extended(data[8:18]))
            return (fmt, rate, nchannels, nframes, 8 * ((bits + 7) // 8))
        f.seek(size + (size & 1), 1)


tests.append(test_aifc)


def test_au(h, f):
    if h.startswith(b'.snd'):
        func = get_long_be
    elif h[:4] in (b'\0ds.', b'dns.'):
        func = get_long_le
    else:
        return None
    filetype = 'au'
    hdr_size = func(h[4:8])
    data_size = func(h[8:12])
    encoding = func(h[12:16])
    rate = func(h[16:20])
    nchannels = func(h[20:24])
    sample_size = 1
    if encoding == 1:
        sample_bits = 'U'
    elif encoding == 2:
        sample_bits = 8
    elif encoding == 3:
        sample_bits = 16
        sample_size = 2
    else:
        sample_bits = '?'
    frame_size = sample_size * nchannels
    if frame_size:
        nframe = data_size / frame_size
    else:
        nframe = -1
    return filetype, rate, nchannels, nframe, sample_bits


tests.append(test_au)


def test_hcom(h, f):
    if h[65:69] != b'FSSD' or h[128:132] != b'HCOM':
        return None
    divisor = get_long_be(h[144:148])
    if divisor:
        rate = 22050 / divisor
    else:
        rate = 0
    return 'hcom', rate, 1, -1, 8


tests.append(test_hcom)


def test_voc(h, f):
    if not h.startswith(b'Creative Voice File\032'):
        return None
    sbseek = get_short_le(h[20:22])
    rate = 0
    if 0 <= sbseek < 500 and h[sbseek] == 1:
        ratecode = 256 - h[sbseek + 4]
        if ratecode:
            rate = int(1000000.0 / ratecode)
    return 'voc', rate, 1, -1, 8


tests.append(test_voc)


def test_wav(h, f):
    import wave
    if not h.startswith(b'RIFF') or h[8:12] != b'WAVE' or h[12:16] != b'fmt ':
        return None
    f.seek(0)
    try:
        w = wave.open(f, 'r')
    except (EOFError, wave.Error):
        return None
    return ('wav', w.getframerate(), w.getnchannels(),
            w.getnframes(), 8 * w.getsampwidth())


tests.append(test_wav)


def test_8svx(h, f):
    if not h.startswith(b'FORM') or h[8:12] != b'8SVX':
        return None
    return '8svx', 0, 1, 0, 8


tests.append(test_8svx)


def test_sndt(h, f):
    if h.startswith(b'SOUND'):
        nsamples = get_long_le(h[8:12])
        rate = get_short_le(h[20:22])
        return 'sndt', rate, 1, nsamples, 8


tests.append(test_sndt)


def test_sndr(h, f):
    if h.startswith(b'\0\0'):
        rate = get_short_le(h[2:4])
        if 4000 <= rate <= 25000:
            return 'sndr', rate, 1, -1, 8


tests.append(test_sndr)


def get_long_be(b):
    return (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]


def get_long_le(b):
    return (b[3] << 24) | (b[2] << 16) | (b[1] << 8) | b[0]


def get_short_be(b):
    return (b[0] << 8) | b[1]


def get_short_le(b):
    return (b[1] << 8) | b[0]
