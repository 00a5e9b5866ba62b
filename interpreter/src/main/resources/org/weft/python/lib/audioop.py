"""audioop: operations on raw audio fragments (deprecated since Python 3.11; written for Weft).

A fragment is a bytes-like object of signed samples, 1, 2, 3 or 4 bytes wide, in the
machine's byte order (little-endian here); operations that overflow clip to the sample range.
The u-law and A-law codecs are the ITU-T G.711 reference algorithms and the ADPCM codec is
Intel/DVI IMA ADPCM. ratecv is not provided.
"""
import builtins as _builtins
import math as _math
import warnings as _warnings

_warnings.warn("'audioop' is deprecated and slated for removal in Python 3.13", DeprecationWarning, stacklevel=2)


_builtin_max = _builtins.max  # this module defines its own max


class error(Exception):
    pass


def _check_size(width):
    if width not in (1, 2, 3, 4):
        raise error("Size should be 1, 2, 3 or 4")


def _check(fragment, width):
    _check_size(width)
    data = bytes(memoryview(fragment).cast('B')) if not isinstance(fragment, bytes) else fragment
    if len(data) % width:
        raise error("not a whole number of frames")
    return data


def _samples(data, width):
    return [int.from_bytes(data[i:i + width], 'little', signed=True) for i in range(0, len(data), width)]


def _pack(samples, width):
    return b''.join(s.to_bytes(width, 'little', signed=True) for s in samples)


def _bounds(width):
    top = 1 << (8 * width - 1)
    return -top, top - 1


def _clip(value, width):
    low, high = _bounds(width)
    return low if value < low else high if value > high else value


def _fclip(value, width):
    # a float result: clamped to the sample range, then rounded down
    low, high = _bounds(width)
    if value > high:
        value = high
    elif value < low + 1:
        value = low
    return int(_math.floor(value))


def _to32(sample, width):
    return sample << (32 - 8 * width)


def _from32(value, width):
    return value >> (32 - 8 * width)


def getsample(fragment, width, index, /):
    """Return the value of sample index from the fragment."""
    data = _check(fragment, width)
    if index < 0 or index >= len(data) // width:
        raise error("Index out of range")
    return int.from_bytes(data[index * width:(index + 1) * width], 'little', signed=True)


def max(fragment, width, /):
    """Return the maximum of the absolute value of all samples in a fragment."""
    data = _check(fragment, width)
    return _builtin_max(abs(s) for s in _samples(data, width)) if data else 0



def minmax(fragment, width, /):
    """Return the minimum and maximum values of all samples in the sound fragment."""
    data = _check(fragment, width)
    samples = _samples(data, width)
    if not samples:
        return (0x7FFFFFFF, -0x80000000)
    return (min(samples), _builtin_max(samples))


def avg(fragment, width, /):
    """Return the average over all samples in the fragment."""
    data = _check(fragment, width)
    samples = _samples(data, width)
    if not samples:
        return 0
    return int(_math.floor(sum(samples) / len(samples)))


def rms(fragment, width, /):
    """Return the root-mean-square of the fragment, i.e. sqrt(sum(S_i^2)/n)."""
    data = _check(fragment, width)
    samples = _samples(data, width)
    if not samples:
        return 0
    return int(_math.sqrt(sum(float(s) * s for s in samples) / len(samples)))


def _peaks(samples):
    """The absolute differences between successive extremes, found where the slope changes sign."""
    diffs = []
    if len(samples) <= 2:
        return diffs
    prevval = samples[1]
    prevdiff = samples[1] - samples[0]
    prevextreme = None
    for val in samples[2:]:
        diff = val - prevval
        if diff * prevdiff < 0:
            if prevextreme is not None:
                diffs.append(abs(prevval - prevextreme))
            prevextreme = prevval
        prevval = val
        if diff != 0:
            prevdiff = diff
    return diffs


def avgpp(fragment, width, /):
    """Return the average peak-peak value over all samples in the fragment."""
    data = _check(fragment, width)
    diffs = _peaks(_samples(data, width))
    return int(sum(diffs) / len(diffs)) if diffs else 0


def maxpp(fragment, width, /):
    """Return the maximum peak-peak value in the sound fragment."""
    data = _check(fragment, width)
    diffs = _peaks(_samples(data, width))
    return _builtin_max(diffs) if diffs else 0


def cross(fragment, width, /):
    """Return the number of zero crossings in the fragment passed as an argument."""
    data = _check(fragment, width)
    # the first sample counts as a crossing too, so the count starts one below zero
    count = -1
    previous = None
    for s in _samples(data, width):
        negative = s < 0
        if negative != previous:
            count += 1
        previous = negative
    return count


def mul(fragment, width, factor, /):
    """Return a fragment that has all samples in the original fragment multiplied by factor."""
    data = _check(fragment, width)
    return _pack([_fclip(s * factor, width) for s in _samples(data, width)], width)


def add(fragment1, fragment2, width, /):
    """Return a fragment which is the addition of the two samples passed as parameters."""
    a = _check(fragment1, width)
    b = _check(fragment2, width)
    if len(a) != len(b):
        raise error("Lengths should be the same")
    return _pack([_clip(x + y, width) for x, y in zip(_samples(a, width), _samples(b, width))], width)


def bias(fragment, width, bias, /):
    """Return a fragment that is the original fragment with a bias added to each sample."""
    data = _check(fragment, width)
    mask = (1 << (8 * width)) - 1
    out = []
    for i in range(0, len(data), width):
        raw = int.from_bytes(data[i:i + width], 'little')
        out.append(((raw + bias) & mask).to_bytes(width, 'little'))
    return b''.join(out)


def reverse(fragment, width, /):
    """Reverse the samples in a fragment and returns the modified fragment."""
    data = _check(fragment, width)
    return b''.join(data[i:i + width] for i in range(len(data) - width, -1, -width))


def byteswap(fragment, width, /):
    """Convert big-endian samples to little-endian and vice versa."""
    data = _check(fragment, width)
    return b''.join(data[i:i + width][::-1] for i in range(0, len(data), width))


def lin2lin(fragment, width, newwidth, /):
    """Convert samples between 1-, 2-, 3- and 4-byte formats."""
    data = _check(fragment, width)
    _check_size(newwidth)
    return _pack([_from32(_to32(s, width), newwidth) for s in _samples(data, width)], newwidth)


def tomono(fragment, width, lfactor, rfactor, /):
    """Convert a stereo fragment to a mono fragment."""
    data = _check(fragment, width)
    if len(data) % (2 * width):
        raise error("not a whole number of frames")
    samples = _samples(data, width)
    return _pack([_fclip(samples[i] * lfactor + samples[i + 1] * rfactor, width)
                  for i in range(0, len(samples) - 1, 2)], width)


def tostereo(fragment, width, lfactor, rfactor, /):
    """Generate a stereo fragment from a mono fragment."""
    data = _check(fragment, width)
    out = []
    for s in _samples(data, width):
        out.append(_fclip(s * lfactor, width))
        out.append(_fclip(s * rfactor, width))
    return _pack(out, width)


def _check16(fragment):
    data = bytes(fragment)
    if len(data) % 2:
        raise error("Strings should be even-sized")
    return _samples(data, 2)


def findfactor(fragment, reference, /):
    """Return a factor F such that rms(add(fragment, mul(reference, -F))) is minimal."""
    a = _check16(fragment)
    b = _check16(reference)
    if len(a) != len(b):
        raise error("Samples should be same size")
    sum_ab = sum(float(x) * y for x, y in zip(a, b))
    sum_bb = sum(float(y) * y for y in b)
    return sum_ab / sum_bb


def findfit(fragment, reference, /):
    """Try to match reference as well as possible to a portion of fragment."""
    a = _check16(fragment)
    b = _check16(reference)
    n = len(b)
    if len(a) < n:
        raise error("First sample should be longer")
    sum_bb = sum(float(y) * y for y in b)
    best, best_j, best_factor = None, 0, 0.0
    for j in range(len(a) - n + 1):
        window = a[j:j + n]
        sum_aa = sum(float(x) * x for x in window)
        sum_ab = sum(float(x) * y for x, y in zip(window, b))
        # the residual energy of the best multiple of reference, relative to the window's energy
        result = (sum_bb * sum_aa - sum_ab * sum_ab) / sum_aa if sum_aa else 0.0
        if best is None or result < best:
            best, best_j, best_factor = result, j, sum_ab / sum_bb if sum_bb else 0.0
    return best_j, best_factor


def findmax(fragment, length, /):
    """Search fragment for a slice of specified number of samples with maximum energy."""
    a = _check16(fragment)
    if length < 0 or len(a) < length:
        raise error("Input sample should be longer")
    energy = sum(float(x) * x for x in a[:length])
    best, best_j = energy, 0
    for j in range(1, len(a) - length + 1):
        energy += float(a[j + length - 1]) ** 2 - float(a[j - 1]) ** 2
        if energy > best:
            best, best_j = energy, j
    return best_j


# ---- G.711 u-law and A-law -------------------------------------------------------------------

_SEG_UEND = (0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF)
_SEG_AEND = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)


def _segment(value, table):
    for i, end in enumerate(table):
        if value <= end:
            return i
    return len(table)


def _linear_to_ulaw(sample16):
    value = sample16 >> 2
    if value < 0:
        value, mask = -value, 0x7F
    else:
        mask = 0xFF
    value = min(value, 8159) + (0x84 >> 2)
    seg = _segment(value, _SEG_UEND)
    if seg >= 8:
        return 0x7F ^ mask
    return ((seg << 4) | ((value >> (seg + 1)) & 0xF)) ^ mask


def _ulaw_to_linear(byte):
    u = ~byte & 0xFF
    t = (((u & 0x0F) << 3) + 0x84) << ((u & 0x70) >> 4)
    return 0x84 - t if u & 0x80 else t - 0x84


def _linear_to_alaw(sample16):
    value = sample16 >> 3
    if value >= 0:
        mask = 0xD5
    else:
        mask = 0x55
        value = -value - 1
    seg = _segment(value, _SEG_AEND)
    if seg >= 8:
        return 0x7F ^ mask
    aval = seg << 4
    aval |= (value >> 1) & 0x0F if seg < 2 else (value >> seg) & 0x0F
    return aval ^ mask


def _alaw_to_linear(byte):
    a = byte ^ 0x55
    t = (a & 0x0F) << 4
    seg = (a & 0x70) >> 4
    if seg == 0:
        t += 8
    else:
        t += 0x108
        t <<= seg - 1
    return t if a & 0x80 else -t


def lin2ulaw(fragment, width, /):
    """Convert samples in the audio fragment to u-LAW encoding."""
    data = _check(fragment, width)
    return bytes(_linear_to_ulaw(_to32(s, width) >> 16) for s in _samples(data, width))


def ulaw2lin(fragment, width, /):
    """Convert sound fragments in u-LAW encoding to linearly encoded sound fragments."""
    _check_size(width)
    return _pack([_from32(_ulaw_to_linear(b) << 16, width) for b in bytes(fragment)], width)


def lin2alaw(fragment, width, /):
    """Convert samples in the audio fragment to a-LAW encoding."""
    data = _check(fragment, width)
    return bytes(_linear_to_alaw(_to32(s, width) >> 16) for s in _samples(data, width))


def alaw2lin(fragment, width, /):
    """Convert sound fragments in a-LAW encoding to linearly encoded sound fragments."""
    _check_size(width)
    return _pack([_from32(_alaw_to_linear(b) << 16, width) for b in bytes(fragment)], width)


# ---- IMA ADPCM --------------------------------------------------------------------------------

_INDEX_TABLE = (-1, -1, -1, -1, 2, 4, 6, 8, -1, -1, -1, -1, 2, 4, 6, 8)
_STEP_TABLE = (
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45, 50, 55, 60, 66, 73, 80, 88, 97,
    107, 118, 130, 143, 157, 173, 190, 209, 230, 253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796,
    876, 963, 1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327, 3660, 4026, 4428,
    4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487, 12635, 13899, 15289, 16818, 18500, 20350,
    22385, 24623, 27086, 29794, 32767)


def _adpcm_state(state):
    if state is None:
        return 0, 0
    if not isinstance(state, tuple):
        raise TypeError("state must be a tuple or None")
    valpred, index = state
    if not -0x8000 <= valpred <= 0x7FFF or not 0 <= index < len(_STEP_TABLE):
        raise ValueError("bad state")
    return valpred, index


def lin2adpcm(fragment, width, state, /):
    """Convert samples to 4 bit Intel/DVI ADPCM encoding."""
    data = _check(fragment, width)
    valpred, index = _adpcm_state(state)
    out = bytearray()
    high = None
    for s in _samples(data, width):
        val = _to32(s, width) >> 16
        step = _STEP_TABLE[index]
        diff = val - valpred
        sign = 8 if diff < 0 else 0
        if sign:
            diff = -diff
        delta = 0
        vpdiff = step >> 3
        for bit in (4, 2, 1):
            if diff >= step:
                delta |= bit
                diff -= step
                vpdiff += step
            step >>= 1
        valpred = valpred - vpdiff if sign else valpred + vpdiff
        valpred = -0x8000 if valpred < -0x8000 else 0x7FFF if valpred > 0x7FFF else valpred
        delta |= sign
        index = min(88, _builtin_max(0, index + _INDEX_TABLE[delta]))
        # two codes a byte, the first in the high nibble
        if high is None:
            high = (delta << 4) & 0xF0
        else:
            out.append((delta & 0x0F) | high)
            high = None
    return bytes(out), (valpred, index)


def adpcm2lin(fragment, width, state, /):
    """Decode an Intel/DVI ADPCM coded fragment to a linear fragment."""
    _check_size(width)
    valpred, index = _adpcm_state(state)
    out = []
    step = _STEP_TABLE[index]
    for byte in bytes(fragment):
        for delta in ((byte >> 4) & 0x0F, byte & 0x0F):
            index = min(88, _builtin_max(0, index + _INDEX_TABLE[delta]))
            sign = delta & 8
            delta &= 7
            vpdiff = step >> 3
            if delta & 4:
                vpdiff += step
            if delta & 2:
                vpdiff += step >> 1
            if delta & 1:
                vpdiff += step >> 2
            valpred = valpred - vpdiff if sign else valpred + vpdiff
            valpred = -0x8000 if valpred < -0x8000 else 0x7FFF if valpred > 0x7FFF else valpred
            step = _STEP_TABLE[index]
            out.append(_from32(valpred << 16, width))
    return _pack(out, width), (valpred, index)
