"""Heap queue algorithm (a.k.a. priority queue). Weft's own implementation.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


# The core operations are Java (_heapq), as they are C in CPython: algorithm programs call them in
# their inner loops. The _max variants below serve merge() and stay Python.
from _heapq import heappush, heappop, heapify, heapreplace, heappushpop


def _heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _heappop_max(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup_max(heap, 0)
        return returnitem
    return lastelt


def _heapreplace_max(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return returnitem


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output (stable).'''
    # CPython's algorithm (Lib/heapq.py): a heap of [key, order, value, next] entries, so each
    # item costs O(log k) comparisons, made in CPython's order (a mixed-type failure names the
    # same operands), and the last iterator left is drained without comparisons.
    if reverse:
        make_heap, pop, replace, direction = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make_heap, pop, replace, direction = heapify, heappop, heapreplace, 1
    h = []
    for order, it in enumerate(map(iter, iterables)):
        try:
            nxt = it.__next__
            value = nxt()
        except StopIteration:
            continue
        h.append([value if key is None else key(value), order * direction, value, nxt])
    make_heap(h)
    while len(h) > 1:
        try:
            while True:
                entry = h[0]
                yield entry[2]
                value = entry[3]()
                entry[0] = value if key is None else key(value)
                entry[2] = value
                replace(h, entry)
        except StopIteration:
            pop(h)
    if h:
        entry = h[0]
        yield entry[2]
        yield from entry[3].__self__


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset. Equivalent to sorted(iterable, key=key)[:n]."""
    return _nbest(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset. Equivalent to sorted(iterable, key=key, reverse=True)[:n]."""
    return _nbest(n, iterable, key, True)


def _nbest(n, iterable, key, largest):
    # CPython's steps, so a bad n or iterable, or items that do not compare, fail alike: n == 1
    # uses min/max, n >= len() sorts, otherwise a bounded heap of (key, order, item) entries.
    if n == 1:
        missing = object()
        pick = max if largest else min
        best = pick(iter(iterable), default=missing) if key is None else pick(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    it = iter(iterable)
    orders = range(0, -n, -1) if largest else range(n)
    step = -1 if largest else 1
    if key is None:
        heap = [(elem, i) for i, elem in zip(orders, it)]
    else:
        heap = [(key(elem), i, elem) for i, elem in zip(orders, it)]
    if not heap:
        return heap
    if largest:
        heapify(heap)
    else:
        _heapify_max(heap)
    top = heap[0][0]
    order = -n if largest else n
    for elem in it:
        k = elem if key is None else key(elem)
        if (top < k) if largest else (k < top):
            entry = (k, order) if key is None else (k, order, elem)
            if largest:
                heapreplace(heap, entry)
            else:
                _heapreplace_max(heap, entry)
            top = heap[0][0]
            order += step
    heap.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in heap]
