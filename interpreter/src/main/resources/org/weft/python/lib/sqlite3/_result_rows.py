"""What a compiled SELECT does with its rows: window functions, ORDER BY sorts, DISTINCT, the compound
operators (UNION, INTERSECT, EXCEPT) and LIMIT/OFFSET."""

from sqlite3._values import sort_key, collate_key
from sqlite3._window import compute as compute_windows


def sort_items(items, specs):
    """Stable sorts, last term first; items are (row, keys); specs are (descending, nulls_first, collation)."""
    for i in range(len(specs) - 1, -1, -1):
        descending, nulls_first, collation = specs[i]
        if nulls_first is None:
            nulls_first = not descending
        null_rank = -1 if nulls_first != descending else 9

        def key(item, i=i, collation=collation, null_rank=null_rank):
            value = item[1][i]
            if value is None:
                return (null_rank, 0)
            return sort_key(value, collation)
        items.sort(key=key, reverse=descending)
    return items


def result_rows(envs, outs, order_specs, windows):
    """(result row, ORDER BY keys) for each env, after the window functions have seen them all."""
    if windows:
        envs = compute_windows(windows, envs)
    items = []
    for env in envs:
        out = tuple(f(env) for f in outs)
        keys = [out[s[1]] if s[0] == 'out' else s[1](env) for s in order_specs] if order_specs else ()
        items.append((out, keys))
    return items


def group_value(value, collation):
    if value is None:
        return None
    if type(value) is str:
        return (2, collate_key(value, collation) if collation else value)
    if type(value) is bytes:
        return (3, value)
    return (1, value)


def distinct_rows(run, collations):
    def distinct_run(env):
        seen = set()
        out = []
        for item in run(env):
            key = tuple(group_value(v, c) for v, c in zip(item[0], collations))
            if key not in seen:
                seen.add(key)
                out.append(item)
        return out
    return distinct_run


def combine(ops_, results, collations):
    rows = results[0]
    for op, right in zip(ops_, results[1:]):
        if op == 'UNION ALL':
            rows = rows + right
            continue
        def key(row):
            return tuple(group_value(v, c) for v, c in zip(row, collations))
        if op == 'UNION':
            merged = {}
            for row in rows + right:
                merged.setdefault(key(row), row)
            rows = list(merged.values())
        elif op == 'INTERSECT':
            right_keys = set(key(r) for r in right)
            merged = {}
            for row in rows:
                if key(row) in right_keys:
                    merged.setdefault(key(row), row)
            rows = list(merged.values())
        else:
            right_keys = set(key(r) for r in right)
            merged = {}
            for row in rows:
                if key(row) not in right_keys:
                    merged.setdefault(key(row), row)
            rows = list(merged.values())
        rows.sort(key=lambda row: tuple((0, 0) if v is None else sort_key(v, c) for v, c in zip(row, collations)))
    return rows


def limit_value(value):
    """LIMIT and OFFSET take integers (text that reads as one will do); anything else is a mismatch."""
    from sqlite3._values import apply_affinity, INTEGER
    from sqlite3._errors import IntegrityError
    value = apply_affinity(value, INTEGER)
    if type(value) is not int:
        raise IntegrityError('datatype mismatch')
    return value


def limit_rows(rows, limit, offset, env):
    start = 0
    if offset is not None:
        start = max(limit_value(offset(env)), 0)
    if limit is not None:
        n = limit_value(limit(env))
        if n >= 0:
            return rows[start:start + n]
    return rows[start:] if start else rows
