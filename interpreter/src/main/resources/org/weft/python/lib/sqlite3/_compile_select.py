"""Compiles a SELECT into a plan: its column names and fn(parent_env) -> list of result tuples.

The order of rows follows SQLite where a program can see it: a scan returns rows in rowid order, GROUP BY
returns groups in key order, UNION/INTERSECT/EXCEPT return their rows sorted, and a grouped query's bare
columns come from the group's first row (or the row that gave min()/max() its value).
"""

from sqlite3._compile_expr import ExprCompiler
from sqlite3._compile_source import SourceCompiler
from sqlite3._errors import OperationalError
from sqlite3._scope import Env, Entry, Scope
from sqlite3._values import sort_key, collate_key, cast_integer
from sqlite3._aggregates import AGGREGATES
from sqlite3._index_order import index_order
from sqlite3._result_rows import sort_items, result_rows, group_value, distinct_rows, combine, limit_rows, limit_value


class SelectPlan:
    __slots__ = ('names', 'affinities', 'decltypes', 'run', 'correlated')

    def __init__(self, names, affinities, decltypes, run, correlated):
        self.names = names
        self.affinities = affinities
        self.decltypes = decltypes
        self.run = run
        self.correlated = correlated


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suffix = 'th'
    else:
        suffix = {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')
    return '%d%s' % (n, suffix)


def _has_aggregate(node, context):
    if not isinstance(node, tuple) or not node:
        return False
    kind = node[0]
    if kind in ('subq', 'exists', 'insel'):
        return kind == 'insel' and _has_aggregate(node[1], context)
    if kind == 'func':
        lower = node[1].lower()
        nargs = len(node[2])
        if context.aggregate(lower, nargs) or (lower in AGGREGATES and not (lower in ('min', 'max') and nargs != 1)):
            return True
    for part in node[1:]:
        if isinstance(part, tuple):
            if _has_aggregate(part, context):
                return True
        elif isinstance(part, list):
            for item in part:
                if isinstance(item, tuple) and item and isinstance(item[0], tuple):
                    if any(_has_aggregate(x, context) for x in item):
                        return True
                elif _has_aggregate(item, context):
                    return True
    return False


class SelectCompiler(ExprCompiler, SourceCompiler):
    def compile_select(self, select, outer, limit_one=False):
        self.context.push_ctes()
        try:
            for name, columns, body in select.ctes:
                self._define_cte(name, columns, body, outer)
            return self._compile_select(select, outer)
        finally:
            self.context.pop_ctes()

    def _define_cte(self, name, columns, body, outer):
        if len(body.cores) > 1 and any(_source_names(core.source, name) for core in body.cores[1:]):
            return self._define_recursive_cte(name, columns, body, outer)
        plan = self.compile_select(body, outer)
        names = columns or plan.names
        if columns and len(columns) != len(plan.names):
            raise OperationalError('table %s has %d values for %d columns' % (name, len(plan.names), len(columns)))
        context = self.context
        cache = [None, None]

        def rows(env):
            if cache[0] != context.run_id:
                cache[1] = plan.run(env)
                cache[0] = context.run_id
            return [list(r) for r in cache[1]]
        self.context.define_cte(name, (names, plan.affinities, rows))

    def _define_recursive_cte(self, name, columns, body, outer):
        """WITH RECURSIVE: the first SELECT seeds a queue; each row taken from it is the table the
        recursive SELECT reads, and what that returns joins the result and the queue (lang_with.html)."""
        from sqlite3._parse_select import Select
        anchor = Select()
        anchor.cores = [body.cores[0]]
        anchor_plan = self.compile_select(anchor, outer)
        names = columns or anchor_plan.names
        if columns and len(columns) != len(anchor_plan.names):
            raise OperationalError('table %s has %d values for %d columns'
                                   % (name, len(anchor_plan.names), len(columns)))
        current = []
        self.context.define_cte(name, (names, anchor_plan.affinities, lambda env: [list(r) for r in current]))
        step = Select()
        step.cores = body.cores[1:]
        step.ops = body.ops[1:]
        step_plan = self.compile_select(step, outer)
        distinct = body.ops[0] == 'UNION'
        limit = self.fn(body.limit, None) if body.limit is not None else None
        context = self.context
        cache = [None, None]

        def run(env):
            if cache[0] == context.run_id:
                return [list(r) for r in cache[1]]
            most = limit_value(limit(env)) if limit is not None else -1
            seen = set()
            result, queue = [], []
            for row in anchor_plan.run(env):
                if distinct:
                    if row in seen:
                        continue
                    seen.add(row)
                result.append(row)
                queue.append(row)
            head = 0
            while head < len(queue) and (most < 0 or len(result) < most):
                current[:] = [queue[head]]
                head += 1
                for row in step_plan.run(env):
                    if distinct:
                        if row in seen:
                            continue
                        seen.add(row)
                    result.append(row)
                    queue.append(row)
                if len(result) > 10000000:
                    raise OperationalError('recursive query is too large')
            if most >= 0:
                result = result[:most]
            cache[0], cache[1] = context.run_id, result
            return [list(r) for r in result]
        self.context.define_cte(name, (names, anchor_plan.affinities, run))

    def _compile_select(self, select, outer):
        single = len(select.cores) == 1
        cores = []
        for i, core in enumerate(select.cores):
            order = select.order_by if single else None
            cores.append(self._core(core, outer, order))
        names = cores[0][0]
        for op, core in zip(select.ops, cores[1:]):
            if len(core[0]) != len(names):
                raise OperationalError('SELECTs to the left and right of %s do not have the same number of result '
                                       'columns' % op)
        limit = self.fn(select.limit, None) if select.limit is not None else None
        offset = self.fn(select.offset, None) if select.offset is not None else None
        specs = [(desc, nulls, coll) for (_, desc, nulls), coll in zip(select.order_by, cores[0][5])] \
            if single else self._compound_order(select, cores[0])
        collations = cores[0][5] if single else None
        runs = [c[3] for c in cores]
        ops_ = select.ops
        out_collations = cores[0][6]
        correlated = any(c[4] for c in cores)
        order_positions = None if single else self._order_positions

        def run(env):
            if single:
                items = runs[0](env)
            else:
                items = combine(ops_, [[row for row, _ in r(env)] for r in runs], out_collations)
                items = [(row, [row[p] for p in order_positions]) for row in items]
            if specs:
                sort_items(items, specs)
            rows = [row for row, _ in items]
            return limit_rows(rows, limit, offset, env)
        return SelectPlan(names, cores[0][1], cores[0][2], run, correlated)

    def _compound_order(self, select, first):
        names, texts = first[0], first[7]
        positions, specs = [], []
        for n, (expr, desc, nulls) in enumerate(select.order_by, 1):
            position = None
            if expr[0] == 'lit' and type(expr[1]) is int:
                position = expr[1] - 1
                if not 0 <= position < len(names):
                    raise OperationalError('%s ORDER BY term out of range - should be between 1 and %d'
                                           % (ordinal(n), len(names)))
            collation = None
            if expr[0] == 'collate':
                collation = self.collation(expr[2])
                expr = expr[1]
            if position is None and expr[0] == 'col':
                for i, name in enumerate(names):
                    if name.lower() == expr[2].lower():
                        position = i
                        break
            if position is None:
                for i, node in enumerate(first[8]):
                    if node == expr:
                        position = i
                        break
            if position is None:
                raise OperationalError('%s ORDER BY term does not match any column in the result set' % ordinal(n))
            positions.append(position)
            specs.append((desc, nulls, collation or first[6][position]))
        self._order_positions = positions
        return specs

    # -- one SELECT core ---------------------------------------------------------------------------
    def _core(self, core, outer, order_by):
        """(names, affinities, decltypes, run, correlated, order collations, out collations, texts, exprs)."""
        if core.values is not None:
            return self._values_core(core, outer, order_by)
        if core.source is not None:
            entries, source_rows = self.source(core.source, outer)
            source_rows = self._in_index_order(core, source_rows, order_by)
        else:
            entries, source_rows = [], lambda env: [[]]
        scope = Scope(entries, outer)
        columns = self._expand_columns(core.columns, entries)
        for expr, alias, text in columns:
            if alias:
                scope.aliases.setdefault(alias.lower(), expr)
        context = self.context
        aggregate = bool(core.group_by) or any(
            _has_aggregate(expr, context) for expr, _, _ in columns) or (
            core.having is not None and _has_aggregate(core.having, context)) or any(
            _has_aggregate(term[0], context) for term in (order_by or []))
        if core.having is not None and not core.group_by and not aggregate:
            raise OperationalError('a GROUP BY clause is required before HAVING')
        scope.aggregate_query = aggregate
        where = self.condition(core.where, scope) if core.where is not None else None
        group_fns = []
        for node in core.group_by:
            if _has_aggregate(node, context):
                raise OperationalError('aggregate functions are not allowed in the GROUP BY clause')
            if node[0] == 'lit' and type(node[1]) is int:
                if not 1 <= node[1] <= len(columns):
                    raise OperationalError('%s GROUP BY term out of range - should be between 1 and %d'
                                           % (ordinal(core.group_by.index(node) + 1), len(columns)))
                node = columns[node[1] - 1][0]
            group_fns.append(self.expr(node, scope))
        if aggregate:
            scope.aggs = []
        windows = scope.windows = []
        compiled = [self.expr(expr, scope) for expr, _, _ in columns]
        names = [alias or (self._column_name(expr, scope, text)) for expr, alias, text in columns]
        scope.windows = None
        having = self.condition(core.having, scope) if core.having is not None else None
        scope.windows = windows
        order_specs, order_collations = self._core_order(order_by or [], columns, compiled, scope)
        scope.windows = None
        aggs = scope.aggs
        outs = [c[0] for c in compiled]
        out_collations = [c[2] for c in compiled]
        distinct = core.distinct
        if aggregate:
            run = self._grouped_run(source_rows, where, group_fns, aggs, outs, having, order_specs,
                                    len(entries), windows)
        else:
            run = self._plain_run(source_rows, where, outs, order_specs, windows)
        if distinct:
            run = distinct_rows(run, out_collations)
        decltypes = [self._decltype(expr, scope) for expr, _, _ in columns]
        return (names, [c[1] for c in compiled], decltypes, run, scope.outer[0], order_collations,
                out_collations, [t for _, _, t in columns], [e for e, _, _ in columns])

    def _in_index_order(self, core, source_rows, order_by):
        if core.source[0] != 'table' or self.context.find_cte(core.source[1]) is not None:
            return source_rows
        database = self.context.database
        table = database.get(core.source[1], 'table')
        if table is None:
            return source_rows
        columns = [c for c in core.columns if c[0] not in ('*', 't.*')]
        if len(columns) != len(core.columns):
            columns = columns + [(('slot', 0), None, None)]
        key = index_order(database, table, core.source[2], core, columns, order_by)
        if key is None:
            return source_rows

        def ordered(env):
            rows = source_rows(env)
            rows.sort(key=key)
            return rows
        return ordered

    def _values_core(self, core, outer, order_by):
        width = len(core.values[0])
        for row in core.values:
            if len(row) != width:
                raise OperationalError('all VALUES must have the same number of terms')
        rows = [[self.fn(e, outer) for e in row] for row in core.values]
        names = ['column%d' % (i + 1) for i in range(width)]
        specs, collations = [], []
        for n, (expr, desc, nulls) in enumerate(order_by or [], 1):
            if expr[0] == 'lit' and type(expr[1]) is int and 1 <= expr[1] <= width:
                specs.append(('out', expr[1] - 1))
                collations.append(None)
            else:
                raise OperationalError('%s ORDER BY term does not match any column in the result set' % ordinal(n))

        def run(env):
            out = []
            for fns in rows:
                values = tuple(f(env) for f in fns)
                out.append((values, [values[s[1]] for s in specs]))
            return out
        return (names, [None] * width, [None] * width, run, False, collations, [None] * width, names,
                [None] * width)

    def _column_name(self, expr, scope, text):
        if expr[0] == 'col':
            hit = scope.resolve(expr[1], expr[2])
            if hit is not None and hit[0] == 0:
                return hit[2].name
            return expr[2]
        return text

    def _decltype(self, expr, scope):
        if expr[0] == 'slot':
            return scope.entries[expr[1]].decltype
        if expr[0] == 'col':
            hit = scope.resolve(expr[1], expr[2])
            if hit is not None:
                return hit[2].decltype
        return None

    def _expand_columns(self, columns, entries):
        out = []
        for expr, alias, text in columns:
            if expr == '*':
                if not entries:
                    raise OperationalError('no tables specified')
                for i, e in enumerate(entries):
                    if e.in_star:
                        out.append((('slot', i), None, e.name))
            elif expr == 't.*':
                table = alias.lower()
                found = False
                for i, e in enumerate(entries):
                    if e.table == table and (e.in_star or e.qualified_only) and e.lower != 'rowid':
                        out.append((('slot', i), None, e.name))
                        found = True
                if not found:
                    raise OperationalError('no such table: %s' % alias)
            else:
                out.append((expr, alias, text))
        return out

    def _x_slot(self, node, scope):
        index = node[1]
        entry = scope.entries[index]
        return (lambda env: env.row[index]), entry.affinity, entry.collate

    def _core_order(self, order_by, columns, compiled, scope):
        specs, collations = [], []
        aliases = {}
        for i, (expr, alias, text) in enumerate(columns):
            if alias:
                aliases.setdefault(alias.lower(), i)
        for n, (expr, desc, nulls) in enumerate(order_by, 1):
            collation = None
            node = expr
            if node[0] == 'collate':
                collation = self.collation(node[2])
                node = node[1]
            if node[0] == 'lit' and type(node[1]) is int:
                k = node[1]
                if not 1 <= k <= len(columns):
                    raise OperationalError('%s ORDER BY term out of range - should be between 1 and %d'
                                           % (ordinal(n), len(columns)))
                specs.append(('out', k - 1))
                collations.append(collation or compiled[k - 1][2])
            elif node[0] == 'col' and node[1] is None and node[2].lower() in aliases:
                k = aliases[node[2].lower()]
                specs.append(('out', k))
                collations.append(collation or compiled[k][2])
            else:
                fn, _, coll = self.expr(node, scope)
                specs.append(('fn', fn))
                collations.append(collation or coll)
        return specs, collations

    # -- running -----------------------------------------------------------------------------------
    def _plain_run(self, source_rows, where, outs, order_specs, windows):
        def run(penv):
            envs = []
            for row in source_rows(penv):
                env = Env(row, penv)
                if where is None or where(env):
                    envs.append(env)
            return result_rows(envs, outs, order_specs, windows)
        return run

    def _grouped_run(self, source_rows, where, group_fns, aggs, outs, having, order_specs, width, windows):
        group_keys = [(g[0], g[2]) for g in group_fns]
        minmax = [i for i, a in enumerate(aggs) if a[1] in ('min', 'max') and a[0] in (AGGREGATES['min'],
                                                                                      AGGREGATES['max'])]
        bare_slot = minmax[0] if len(minmax) == 1 else None
        context = self.context

        def new_states():
            return [context.new_aggregate(a[0], a[1], a[5]) for a in aggs], [set() if a[3] else None for a in aggs]

        def run(penv):
            groups = {}
            for row in source_rows(penv):
                env = Env(row, penv)
                if where is not None and not where(env):
                    continue
                key = tuple(group_value(f(env), c) for f, c in group_keys)
                group = groups.get(key)
                if group is None:
                    states, seen = new_states()
                    group = groups[key] = [row, states, seen, [f(env) for f, _ in group_keys]]
                states, seen = group[1], group[2]
                for i, (factory, name, fns, distinct, condition, collation) in enumerate(aggs):
                    if condition is not None and not condition(env):
                        continue
                    args = [f(env) for f in fns]
                    if distinct:
                        marker = group_value(args[0], collation)
                        if args[0] is None or marker in seen[i]:
                            continue
                        seen[i].add(marker)
                    context.step_aggregate(states[i], name, args)
                    if i == bare_slot and getattr(states[i], 'changed', False):
                        group[0] = row
            if not groups and not group_keys:
                states, seen = new_states()
                groups[()] = [[None] * width, states, seen, []]
            ordered = list(groups.values())
            if group_keys:
                for i in range(len(group_keys) - 1, -1, -1):
                    coll = group_keys[i][1]
                    ordered.sort(key=lambda g, i=i, coll=coll: (0, 0) if g[3][i] is None else sort_key(g[3][i], coll))
            envs = []
            for rep, states, seen, _ in ordered:
                values = [context.final_aggregate(s, a[1]) for s, a in zip(states, aggs)]
                env = Env(rep, penv, values)
                if having is None or having(env):
                    envs.append(env)
            return result_rows(envs, outs, order_specs, windows)
        return run


def _source_names(source, name):
    """Whether a FROM clause reads the table called name."""
    if source is None:
        return False
    if source[0] == 'table':
        return source[1].lower() == name.lower()
    if source[0] == 'join':
        return _source_names(source[1], name) or _source_names(source[2], name)
    return False
