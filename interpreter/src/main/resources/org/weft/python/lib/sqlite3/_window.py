"""Window functions (https://www.sqlite.org/windowfunctions.html): values computed over the rows of a
query's result, partitioned and ordered by the OVER clause, each row seeing its frame of the partition."""

from sqlite3._errors import OperationalError
from sqlite3._values import sort_key, cast_integer

RANKING = ('row_number', 'rank', 'dense_rank', 'percent_rank', 'cume_dist', 'ntile')
VALUE = ('lag', 'lead', 'first_value', 'last_value', 'nth_value')
_ARITY = {'row_number': (0, 0), 'rank': (0, 0), 'dense_rank': (0, 0), 'percent_rank': (0, 0),
          'cume_dist': (0, 0), 'ntile': (1, 1), 'lag': (1, 3), 'lead': (1, 3), 'first_value': (1, 1),
          'last_value': (1, 1), 'nth_value': (2, 2)}


class Window:
    """One compiled window function call."""
    __slots__ = ('name', 'args', 'partition', 'order', 'frame', 'aggregate', 'condition', 'context')

    def __init__(self, name, args, partition, order, frame, aggregate, condition, context):
        self.name = name
        self.args = args              # fns
        self.partition = partition    # fns
        self.order = order            # (fn, descending, nulls_first, collation)
        self.frame = frame            # (unit, start, end) with offsets compiled, or None
        self.aggregate = aggregate    # an aggregate factory, or None for a ranking/value function
        self.condition = condition
        self.context = context


def check_arity(name, nargs):
    low, high = _ARITY[name]
    if not low <= nargs <= high:
        raise OperationalError('wrong number of arguments to function %s()' % name)


def _order_key(window, env):
    out = []
    for fn, descending, nulls_first, collation in window.order:
        v = fn(env)
        out.append(v)
    return out


def _sorted(envs, window):
    """The partitions of envs, each in the window's order."""
    partitions = {}
    for env in envs:
        key = tuple(_value_key(f(env)) for f in window.partition)
        partitions.setdefault(key, []).append(env)
    ordered_keys = sorted(partitions, key=lambda k: tuple((0, 0) if v is None else v for v in k))
    result = []
    for key in ordered_keys:
        items = [(env, _order_key(window, env)) for env in partitions[key]]
        for i in range(len(window.order) - 1, -1, -1):
            _, descending, nulls_first, collation = window.order[i]
            first = (not descending) if nulls_first is None else nulls_first
            rank = -1 if first != descending else 9
            items.sort(key=lambda it, i=i, c=collation, r=rank: (r, 0) if it[1][i] is None else sort_key(it[1][i], c),
                       reverse=descending)
        result.append(items)
    return result


def _value_key(v):
    if v is None:
        return None
    if type(v) is str:
        return (2, v)
    if type(v) is bytes:
        return (3, v)
    return (1, v)


def _peer_ranges(items):
    """For each position, (first, last) index of its peers (rows with equal ORDER BY values)."""
    ranges = [None] * len(items)
    start = 0
    for i in range(1, len(items) + 1):
        if i == len(items) or [_value_key(v) for v in items[i][1]] != [_value_key(v) for v in items[start][1]]:
            for j in range(start, i):
                ranges[j] = (start, i - 1)
            start = i
    return ranges


def _frame(window, i, n, peers, env):
    """(first, last) indexes of row i's frame; last < first is an empty frame."""
    frame = window.frame
    if frame is None:
        if window.order:
            return 0, peers[i][1]
        return 0, n - 1
    unit, start, end = frame
    return _bound(unit, start, i, n, peers, env, True), _bound(unit, end, i, n, peers, env, False)


def _bound(unit, bound, i, n, peers, env, is_start):
    kind, value = bound
    if kind == 'unbounded':
        return 0 if value == 'PRECEDING' else n - 1
    if kind == 'current':
        if unit == 'ROWS':
            return i
        return peers[i][0] if is_start else peers[i][1]
    fn, direction = value
    offset = cast_integer(fn(env))
    if offset is None or offset < 0:
        raise OperationalError('frame %s offset must be a non-negative integer' % ('starting' if is_start else 'ending'))
    if unit != 'ROWS':
        raise OperationalError('RANGE and GROUPS frames with an offset are not supported by this sqlite3')
    return i - offset if direction == 'PRECEDING' else i + offset


def compute(windows, envs, slot_base=0):
    """Fill env.win for every env; return envs in the order the first window visits them."""
    for env in envs:
        env.win = [None] * len(windows)
    order = None
    for slot, window in enumerate(windows):
        visited = []
        for items in _sorted(envs, window):
            _compute_partition(window, slot, items)
            visited.extend(env for env, _ in items)
        if order is None:
            order = visited
    return order if order is not None else envs


def _compute_partition(window, slot, items):
    n = len(items)
    peers = _peer_ranges(items)
    name = window.name
    if window.aggregate is not None:
        _aggregate_partition(window, slot, items, peers)
        return
    dense = 0
    for i, (env, _) in enumerate(items):
        if name == 'row_number':
            value = i + 1
        elif name == 'rank':
            value = peers[i][0] + 1
        elif name == 'dense_rank':
            if peers[i][0] == i:
                dense += 1
            value = dense
        elif name == 'percent_rank':
            value = (peers[i][0]) / (n - 1) if n > 1 else 0.0
        elif name == 'cume_dist':
            value = (peers[i][1] + 1) / n
        elif name == 'ntile':
            buckets = cast_integer(window.args[0](env))
            if buckets is None or buckets <= 0:
                raise OperationalError('argument of ntile must be a positive integer')
            size, extra = divmod(n, buckets)
            # the first `extra` buckets hold size + 1 rows
            if i < extra * (size + 1):
                value = i // (size + 1) + 1
            else:
                value = extra + (i - extra * (size + 1)) // size + 1 if size else i + 1
        elif name in ('lag', 'lead'):
            offset = cast_integer(window.args[1](env)) if len(window.args) > 1 else 1
            default = window.args[2](env) if len(window.args) > 2 else None
            j = i - offset if name == 'lag' else i + offset
            value = window.args[0](items[j][0]) if 0 <= j < n else default
        else:
            first, last = _frame(window, i, n, peers, env)
            first, last = max(first, 0), min(last, n - 1)
            if name == 'first_value':
                value = window.args[0](items[first][0]) if first <= last else None
            elif name == 'last_value':
                value = window.args[0](items[last][0]) if first <= last else None
            else:
                k = cast_integer(window.args[1](env))
                if k is None or k <= 0:
                    raise OperationalError('second argument to nth_value must be a positive integer')
                j = first + k - 1
                value = window.args[0](items[j][0]) if j <= last else None
        env.win[slot] = value


def _aggregate_partition(window, slot, items, peers):
    context = window.context
    factory, name, collation = window.aggregate
    n = len(items)
    running = None
    running_upto = -1
    for i, (env, _) in enumerate(items):
        first, last = _frame(window, i, n, peers, env)
        first, last = max(first, 0), min(last, n - 1)
        if first == 0 and last >= running_upto:
            # frames that start at the partition's first row grow: step only the new rows
            if running is None:
                running = context.new_aggregate(factory, name, collation)
            for j in range(running_upto + 1, last + 1):
                _step(window, running, items[j][0])
            running_upto = max(running_upto, last)
            state = running
        else:
            state = context.new_aggregate(factory, name, collation)
            for j in range(first, last + 1):
                _step(window, state, items[j][0])
        env.win[slot] = context.final_aggregate(state, name)


def _step(window, state, env):
    if window.condition is not None and not window.condition(env):
        return
    args = [f(env) for f in window.args]
    window.context.step_aggregate(state, window.name, args)
