"""tracemalloc: trace memory allocations (written for Weft).

Weft's objects live on the JVM's garbage-collected heap, which records no allocation sites, so
there is nothing to trace: start() and stop() switch tracing on and off as in CPython, and
while tracing, get_traced_memory() honestly reports (0, 0), snapshots hold no traces and
get_object_traceback() returns None. The classes (Snapshot, Statistic, Filter, ...) work as
CPython's do, so code that analyses snapshots runs unchanged, on empty data.
"""
import fnmatch
import linecache
import os.path
import pickle
from collections.abc import Sequence
from functools import total_ordering

_state = {'tracing': False, 'limit': 1}


def _require_tracing():
    if not _state['tracing']:
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")


def is_tracing():
    """Return True if the tracemalloc module is tracing Python memory allocations."""
    return _state['tracing']


def start(nframe=1, /):
    """Start tracing Python memory allocations, storing up to nframe frames per traceback."""
    if not 1 <= nframe <= 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    _state['limit'] = nframe
    _state['tracing'] = True


def stop():
    """Stop tracing Python memory allocations and clear the traces."""
    _state['tracing'] = False


def clear_traces():
    """Clear traces of memory blocks allocated by Python."""


def reset_peak():
    """Set the peak size of memory blocks traced by tracemalloc to the current size."""


def get_traced_memory():
    """(current, peak) size in bytes of the traced memory blocks: always (0, 0) on Weft."""
    return (0, 0)


def get_tracemalloc_memory():
    """Memory usage in bytes of the tracemalloc module itself: 0 on Weft."""
    return 0


def get_traceback_limit():
    """The maximum number of frames stored in a trace's traceback."""
    return _state['limit']


def get_object_traceback(obj):
    """The traceback where obj was allocated, or None: always None on Weft."""
    return None


def _format_size(size, sign):
    for unit in ('B', 'KiB', 'MiB', 'GiB', 'TiB'):
        if abs(size) < 100 and unit != 'B':
            return ("%+.1f %s" if sign else "%.1f %s") % (size, unit)
        if abs(size) < 10 * 1024 or unit == 'TiB':
            return ("%+.0f %s" if sign else "%.0f %s") % (size, unit)
        size /= 1024


class Statistic:
    """Statistic difference on memory allocations between two Snapshot instance."""

    __slots__ = ('traceback', 'size', 'count')

    def __init__(self, traceback, size, count):
        self.traceback = traceback
        self.size = size
        self.count = count

    def __hash__(self):
        return hash((self.traceback, self.size, self.count))

    def __eq__(self, other):
        if not isinstance(other, Statistic):
            return NotImplemented
        return (self.traceback, self.size, self.count) == (other.traceback, other.size, other.count)

    def __str__(self):
        text = "%s: size=%s, count=%i" % (self.traceback, _format_size(self.size, False), self.count)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return '<Statistic traceback=%r size=%i count=%i>' % (self.traceback, self.size, self.count)

    def _sort_key(self):
        return (self.size, self.count, self.traceback)


class StatisticDiff:
    """Statistic difference on memory allocations between an old and a new Snapshot instance."""

    __slots__ = ('traceback', 'size', 'size_diff', 'count', 'count_diff')

    def __init__(self, traceback, size, size_diff, count, count_diff):
        self.traceback = traceback
        self.size = size
        self.size_diff = size_diff
        self.count = count
        self.count_diff = count_diff

    def __hash__(self):
        return hash((self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def __eq__(self, other):
        if not isinstance(other, StatisticDiff):
            return NotImplemented
        return ((self.traceback, self.size, self.size_diff, self.count, self.count_diff)
                == (other.traceback, other.size, other.size_diff, other.count, other.count_diff))

    def __str__(self):
        text = "%s: size=%s (%s), count=%i (%+i)" % (self.traceback, _format_size(self.size, False),
                                                     _format_size(self.size_diff, True), self.count,
                                                     self.count_diff)
        if self.count:
            text += ", average=%s" % _format_size(self.size / self.count, False)
        return text

    def __repr__(self):
        return ('<StatisticDiff traceback=%r size=%i (%+i) count=%i (%+i)>'
                % (self.traceback, self.size, self.size_diff, self.count, self.count_diff))

    def _sort_key(self):
        return (abs(self.size_diff), self.size, abs(self.count_diff), self.count, self.traceback)


@total_ordering
class Frame:
    """Frame of a traceback."""

    __slots__ = ("_frame",)

    def __init__(self, frame):
        self._frame = frame  # (filename, lineno)

    @property
    def filename(self):
        return self._frame[0]

    @property
    def lineno(self):
        return self._frame[1]

    def __eq__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame == other._frame

    def __lt__(self, other):
        if not isinstance(other, Frame):
            return NotImplemented
        return self._frame < other._frame

    def __hash__(self):
        return hash(self._frame)

    def __str__(self):
        return "%s:%s" % (self.filename, self.lineno)

    def __repr__(self):
        return "<Frame filename=%r lineno=%r>" % (self.filename, self.lineno)


@total_ordering
class Traceback(Sequence):
    """Sequence of Frame instances sorted from the oldest frame to the most recent frame."""

    __slots__ = ("_frames", '_total_nframe')

    def __init__(self, frames, total_nframe=None):
        Sequence.__init__(self)
        # frames are stored most recent first, and shown oldest first
        self._frames = tuple(reversed(frames))
        self._total_nframe = total_nframe

    @property
    def total_nframe(self):
        return self._total_nframe

    def __len__(self):
        return len(self._frames)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Frame(trace) for trace in self._frames[index])
        return Frame(self._frames[index])

    def __contains__(self, frame):
        return frame._frame in self._frames

    def __hash__(self):
        return hash(self._frames)

    def __eq__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames == other._frames

    def __lt__(self, other):
        if not isinstance(other, Traceback):
            return NotImplemented
        return self._frames < other._frames

    def __str__(self):
        return str(self[0])

    def __repr__(self):
        s = f"<Traceback {tuple(self)}"
        if self._total_nframe is None:
            s += ">"
        else:
            s += f" total_nframe={self.total_nframe}>"
        return s

    def format(self, limit=None, most_recent_first=False):
        lines = []
        if limit is not None:
            frame_slice = self[-limit:] if limit > 0 else self[:limit]
        else:
            frame_slice = self
        if most_recent_first:
            frame_slice = reversed(frame_slice)
        for frame in frame_slice:
            lines.append('  File "%s", line %s' % (frame.filename, frame.lineno))
            line = linecache.getline(frame.filename, frame.lineno).strip()
            if line:
                lines.append('    %s' % line)
        return lines


class Trace:
    """Trace of a memory block."""

    __slots__ = ("_trace",)

    def __init__(self, trace):
        self._trace = trace  # (domain, size, traceback frames, total_nframe)

    @property
    def domain(self):
        return self._trace[0]

    @property
    def size(self):
        return self._trace[1]

    @property
    def traceback(self):
        return Traceback(*self._trace[2:])

    def __eq__(self, other):
        if not isinstance(other, Trace):
            return NotImplemented
        return self._trace == other._trace

    def __hash__(self):
        return hash(self._trace)

    def __str__(self):
        return "%s: %s" % (self.traceback, _format_size(self.size, False))

    def __repr__(self):
        return ("<Trace domain=%s size=%s, traceback=%r>"
                % (self.domain, _format_size(self.size, False), self.traceback))


class _Traces(Sequence):
    def __init__(self, traces):
        Sequence.__init__(self)
        self._traces = traces

    def __len__(self):
        return len(self._traces)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return tuple(Trace(trace) for trace in self._traces[index])
        return Trace(self._traces[index])

    def __contains__(self, trace):
        return trace._trace in self._traces

    def __eq__(self, other):
        if not isinstance(other, _Traces):
            return NotImplemented
        return self._traces == other._traces

    def __repr__(self):
        return "<Traces len=%s>" % len(self)


def _normalize_filename(filename):
    filename = os.path.normcase(filename)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    return filename


class BaseFilter:
    def __init__(self, inclusive):
        self.inclusive = inclusive

    def _match(self, trace):
        raise NotImplementedError


class Filter(BaseFilter):
    def __init__(self, inclusive, filename_pattern, lineno=None, all_frames=False, domain=None):
        super().__init__(inclusive)
        self.inclusive = inclusive
        self._filename_pattern = _normalize_filename(filename_pattern)
        self.lineno = lineno
        self.all_frames = all_frames
        self.domain = domain

    @property
    def filename_pattern(self):
        return self._filename_pattern

    def _match_frame_impl(self, filename, lineno):
        filename = _normalize_filename(filename)
        if not fnmatch.fnmatch(filename, self._filename_pattern):
            return False
        return self.lineno is None or lineno == self.lineno

    def _match_frame(self, filename, lineno):
        return self._match_frame_impl(filename, lineno) ^ (not self.inclusive)

    def _match_traceback(self, traceback):
        if self.all_frames:
            if any(self._match_frame_impl(filename, lineno) for filename, lineno in traceback):
                return self.inclusive
            return not self.inclusive
        filename, lineno = traceback[0]
        return self._match_frame(filename, lineno)

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        res = self._match_traceback(traceback)
        if self.domain is not None:
            if self.inclusive:
                return res and (domain == self.domain)
            return res or (domain != self.domain)
        return res


class DomainFilter(BaseFilter):
    def __init__(self, inclusive, domain):
        super().__init__(inclusive)
        self._domain = domain

    @property
    def domain(self):
        return self._domain

    def _match(self, trace):
        domain, size, traceback, total_nframe = trace
        return (domain == self.domain) ^ (not self.inclusive)


class Snapshot:
    """Snapshot of traces of memory blocks allocated by Python."""

    def __init__(self, traces, traceback_limit):
        self.traces = _Traces(traces)
        self.traceback_limit = traceback_limit

    def dump(self, filename):
        """Write the snapshot into a file."""
        with open(filename, "wb") as fp:
            pickle.dump(self, fp, pickle.HIGHEST_PROTOCOL)

    @staticmethod
    def load(filename):
        """Load a snapshot from a file."""
        with open(filename, "rb") as fp:
            return pickle.load(fp)

    def filter_traces(self, filters):
        """Create a new Snapshot instance with a filtered traces sequence."""
        new_traces = list(self.traces._traces)
        include = [f for f in filters if f.inclusive]
        exclude = [f for f in filters if not f.inclusive]
        if filters:
            new_traces = [t for t in new_traces
                          if (not include or any(f._match(t) for f in include))
                          and all(f._match(t) for f in exclude)]
        return Snapshot(new_traces, self.traceback_limit)

    def _group_by(self, key_type, cumulative):
        if key_type not in ('traceback', 'filename', 'lineno'):
            raise ValueError("unknown key_type: %r" % (key_type,))
        if cumulative and key_type not in ('lineno', 'filename'):
            raise ValueError("cumulative mode cannot by used with key type %r" % key_type)
        stats = {}
        for domain, size, frames, total_nframe in self.traces._traces:
            if key_type == 'traceback':
                keys = [Traceback(frames, total_nframe)]
            else:
                chosen = frames if cumulative else frames[:1]
                keys = [Traceback(((f[0], 0 if key_type == 'filename' else f[1]),)) for f in chosen] or \
                    [Traceback((("<unknown>", 0),))]
            for key in keys:
                size_count = stats.setdefault(key, [0, 0])
                size_count[0] += size
                size_count[1] += 1
        return stats

    def statistics(self, key_type, cumulative=False):
        """Group statistics by key_type. Return a sorted list of Statistic instances."""
        grouped = self._group_by(key_type, cumulative)
        statistics = [Statistic(tb, size, count) for tb, (size, count) in grouped.items()]
        statistics.sort(reverse=True, key=Statistic._sort_key)
        return statistics

    def compare_to(self, old_snapshot, key_type, cumulative=False):
        """Compute the differences with an old snapshot old_snapshot. Get statistics as a sorted
        list of StatisticDiff instances, grouped by group_by."""
        new_group = self._group_by(key_type, cumulative)
        old_group = old_snapshot._group_by(key_type, cumulative)
        diffs = []
        for tb, (size, count) in new_group.items():
            old_size, old_count = old_group.pop(tb, (0, 0))
            diffs.append(StatisticDiff(tb, size, size - old_size, count, count - old_count))
        for tb, (size, count) in old_group.items():
            diffs.append(StatisticDiff(tb, 0, -size, 0, -count))
        diffs.sort(reverse=True, key=StatisticDiff._sort_key)
        return diffs


def take_snapshot():
    """Take a snapshot of traces of memory blocks allocated by Python."""
    _require_tracing()
    return Snapshot([], get_traceback_limit())

