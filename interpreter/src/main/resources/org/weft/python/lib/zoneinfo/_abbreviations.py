"""Time zone abbreviations ("EST", "+04") from the system's TZif files (RFC 8536), where there
are any: the JDK's database has offsets and transitions but only locale names, some of which the
tz database dropped long ago. Offsets never come from here."""
import bisect
import threading

_TZPATH = ('/usr/share/zoneinfo', '/usr/lib/zoneinfo', '/usr/share/lib/zoneinfo', '/etc/zoneinfo')
_cache = {}
_lock = threading.Lock()


class _Names:
    """The transition times of one zone and the abbreviation in force after each."""

    def __init__(self, times, names, first, footer):
        self.times = times
        self.names = names
        self.first = first          # before the first transition: local time type 0
        self.footer = footer        # (standard, daylight or None) after the last, or None

    def at(self, seconds, is_dst):
        if not self.times or seconds >= self.times[-1]:
            if self.footer:
                std, dst = self.footer
                return dst if is_dst and dst else std
            return self.names[-1] if self.names else self.first
        if seconds < self.times[0]:
            return self.first
        return self.names[bisect.bisect_right(self.times, seconds) - 1]


def _footer_names(tz):
    """The standard and daylight names of a POSIX TZ string ('EST5EDT,M3.2.0,M11.1.0', '<+04>-4')."""
    names = []
    i = 0
    while i < len(tz) and len(names) < 2:
        if tz[i] == '<':
            end = tz.index('>', i)
            names.append(tz[i + 1:end])
            i = end + 1
        elif tz[i].isalpha():
            j = i
            while j < len(tz) and tz[j].isalpha():
                j += 1
            names.append(tz[i:j])
            i = j
        else:
            if names and len(names) == 1 and tz[i] == ',':
                break
            i += 1
        # skip the offset after a name
        while i < len(tz) and (tz[i].isdigit() or tz[i] in '+-:'):
            i += 1
        if i < len(tz) and tz[i] == ',':
            break
    if not names:
        return None
    return names[0], names[1] if len(names) > 1 else None


def _parse(data):
    if data[:4] != b'TZif':
        return None
    version = data[4:5]

    def counts(at):
        return [int.from_bytes(data[at + 20 + 4 * k:at + 24 + 4 * k], 'big') for k in range(6)]

    isut, isstd, leap, timecnt, typecnt, charcnt = counts(0)
    size = 4
    start = 44
    if version >= b'2':
        # skip the 32-bit block to the 64-bit one
        start += timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut
        isut, isstd, leap, timecnt, typecnt, charcnt = counts(start)
        start += 44
        size = 8
    pos = start
    times = [int.from_bytes(data[pos + size * k:pos + size * (k + 1)], 'big', signed=True) for k in range(timecnt)]
    pos += size * timecnt
    indexes = data[pos:pos + timecnt]
    pos += timecnt
    types = [(data[pos + 6 * k + 4], data[pos + 6 * k + 5]) for k in range(typecnt)]
    pos += 6 * typecnt
    chars = data[pos:pos + charcnt]
    pos += charcnt + leap * (size + 4) + isstd + isut

    def name(k):
        abbr_index = types[k][1]
        return chars[abbr_index:chars.index(b'\0', abbr_index)].decode('ascii', 'replace')

    footer = None
    if size == 8 and data[pos:pos + 1] == b'\n':
        end = data.find(b'\n', pos + 1)
        if end > pos + 1:
            footer = _footer_names(data[pos + 1:end].decode('ascii', 'replace'))
    return _Names(times, [name(k) for k in indexes], name(0) if types else None, footer)


def _load(key):
    for base in _TZPATH:
        try:
            with open(base + '/' + key, 'rb') as f:
                return _parse(f.read())
        except (OSError, ValueError, IndexError):
            continue
    return None


def abbreviation(key, seconds, is_dst):
    """The abbreviation in force in zone `key` at `seconds` after the epoch, or None when the
    system has no tz files."""
    with _lock:
        if key not in _cache:
            _cache[key] = _load(key)
        names = _cache[key]
    return None if names is None else names.at(seconds, is_dst)
