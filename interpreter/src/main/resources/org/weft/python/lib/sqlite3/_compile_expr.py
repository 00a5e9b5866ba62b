"""Compiles expression tuples into Python closures: fn(env) -> value.

Each compiled expression is (fn, affinity, collation): the affinity decides how comparisons convert operands
(a column has its declared affinity, CAST its type's, anything else none), and the collation how text compares.
"""

from sqlite3 import _operators as ops
from sqlite3._errors import OperationalError
from sqlite3._functions import SCALARS, AGGREGATES
from sqlite3._row_values import RowValueCompiler
from sqlite3._scope import Env, ROWID_NAMES
from sqlite3._values import compare, cast, affinity_of_type, UserCollation

_ARITH = {'+': ops.add, '-': ops.subtract, '*': ops.multiply, '/': ops.divide, '%': ops.remainder,
          '||': ops.concat, '&': ops.bit_and, '|': ops.bit_or, '<<': ops.shift_left, '>>': ops.shift_right}

_COMPARE = {'=': lambda c: c == 0, '!=': lambda c: c != 0, '<': lambda c: c < 0, '<=': lambda c: c <= 0,
            '>': lambda c: c > 0, '>=': lambda c: c >= 0}


def _const(value):
    return lambda env: value


def _reader(depth, index):
    if depth == 0:
        return lambda env: env.row[index]
    if depth == 1:
        return lambda env: env.parent.row[index]

    def read(env):
        for _ in range(depth):
            env = env.parent
        return env.row[index]
    return read


class ExprCompiler(RowValueCompiler):
    """Needs self.context (a Context: database, connection functions, bound parameters)."""

    def expr(self, node, scope):
        method = getattr(self, '_x_' + node[0])
        return method(node, scope)

    def fn(self, node, scope):
        return self.expr(node, scope)[0]

    def condition(self, node, scope):
        """A WHERE/ON/HAVING condition: fn(env) -> True only when the value is true (not NULL)."""
        fn = self.fn(node, scope)
        truth = ops.truth
        return lambda env: truth(fn(env)) is True

    # -- leaves ------------------------------------------------------------------------------------
    def _x_lit(self, node, scope):
        return _const(node[1]), None, None

    def _x_param(self, node, scope):
        params = self.context.params
        index = node[1] - 1
        return (lambda env: params[index]), None, None

    def _x_col(self, node, scope):
        _, table, name, quoted = node
        hit = scope.resolve(table, name) if scope is not None else None
        if hit is None and table is not None and table.lower() in ('new', 'old') and \
                self.context.trigger_table is not None:
            return self._trigger_column(table.lower(), name)
        if hit is None:
            if table is None and scope is not None and name.lower() in scope.aliases:
                return self._alias(name, scope)
            if quoted and table is None:
                return _const(name), None, None
            raise OperationalError('no such column: %s' % ('%s.%s' % (table, name) if table else name))
        depth, index, entry = hit
        return _reader(depth, index), entry.affinity, entry.collate

    def _trigger_column(self, which, name):
        table = self.context.trigger_table
        i = table.column_index(name)
        affinity = None
        if i < 0:
            if name.lower() not in ROWID_NAMES:
                raise OperationalError('no such column: %s.%s' % (which, name))
            i = len(table.columns)
        else:
            affinity = table.columns[i].affinity
        if which == 'new':
            i += len(table.columns) + 1
        rows = self.context.trigger_rows
        return (lambda env: rows[-1][i]), affinity, None

    def _x_raise(self, node, scope):
        from sqlite3._triggers import raise_function
        if self.context.trigger_table is None:
            raise OperationalError('RAISE() may only be used within a trigger-program')
        message = self.fn(node[2], scope) if node[2] is not None else None
        return raise_function(node[1], message), None, None

    def _alias(self, name, scope):
        node = scope.aliases[name.lower()]
        aliases = scope.aliases
        scope.aliases = {}
        try:
            return self.expr(node, scope)
        finally:
            scope.aliases = aliases

    # -- operators ---------------------------------------------------------------------------------
    def _x_unary(self, node, scope):
        _, op, operand = node
        fn, affinity, collation = self.expr(operand, scope)
        if op == 'NOT':
            truth = ops.truth

            def not_(env):
                t = truth(fn(env))
                return None if t is None else (0 if t else 1)
            return not_, None, None
        if op == '-':
            negate = ops.negate
            return (lambda env: negate(fn(env))), None, None
        if op == '~':
            bit_not = ops.bit_not
            return (lambda env: bit_not(fn(env))), None, None
        return fn, affinity, collation

    def _x_bin(self, node, scope):
        _, op, left, right = node
        if op in ('AND', 'OR'):
            return self._logic(op, left, right, scope)
        if left[0] == 'row' or right[0] == 'row':
            return self.row_comparison(op, left, right, scope)
        a = self.expr(left, scope)
        b = self.expr(right, scope)
        if op in _ARITH:
            f, fa, fb = _ARITH[op], a[0], b[0]
            return (lambda env: f(fa(env), fb(env))), None, None
        return self._comparison(op, a, b)

    def _logic(self, op, left, right, scope):
        fa, fb = self.fn(left, scope), self.fn(right, scope)
        truth = ops.truth
        if op == 'AND':
            def and_(env):
                x = truth(fa(env))
                if x is False:
                    return 0
                y = truth(fb(env))
                if y is False:
                    return 0
                return None if x is None or y is None else 1
            return and_, None, None

        def or_(env):
            x = truth(fa(env))
            if x is True:
                return 1
            y = truth(fb(env))
            if y is True:
                return 1
            return None if x is None or y is None else 0
        return or_, None, None

    def _comparison(self, op, a, b):
        fa, aff_a, coll_a = a
        fb, aff_b, coll_b = b
        collation = coll_a or coll_b
        operands = ops.comparison_operands
        if op in ('IS', 'ISNOT'):
            want = 1 if op == 'IS' else 0

            def is_(env):
                x, y = fa(env), fb(env)
                if x is None or y is None:
                    same = x is None and y is None
                else:
                    x, y = operands(x, y, aff_a, aff_b)
                    same = compare(x, y, collation) == 0
                return want if same else 1 - want
            return is_, None, None
        test = _COMPARE[op]

        def compare_(env):
            x = fa(env)
            if x is None:
                return None
            y = fb(env)
            if y is None:
                return None
            x, y = operands(x, y, aff_a, aff_b)
            return 1 if test(compare(x, y, collation)) else 0
        return compare_, None, None

    def _x_isnull(self, node, scope):
        fn = self.fn(node[1], scope)
        if node[2]:
            return (lambda env: 0 if fn(env) is None else 1), None, None
        return (lambda env: 1 if fn(env) is None else 0), None, None

    def _x_between(self, node, scope):
        _, operand, low, high, negated = node
        x = self.expr(operand, scope)
        ge = self._comparison('>=', x, self.expr(low, scope))[0]
        le = self._comparison('<=', x, self.expr(high, scope))[0]

        def between(env):
            a, b = ge(env), le(env)
            if a == 0 or b == 0:
                result = 0
            elif a is None or b is None:
                return None
            else:
                result = 1
            return 1 - result if negated else result
        return between, None, None

    def _x_like(self, node, scope):
        _, word, left, right, escape, negated = node
        ft, fp = self.fn(left, scope), self.fn(right, scope)
        fe = self.fn(escape, scope) if escape is not None else None
        if word == 'LIKE':
            like = ops.like
            if fe is None:
                test = lambda env: like(fp(env), ft(env))
            else:
                test = lambda env: like(fp(env), ft(env), fe(env))
        elif word == 'GLOB':
            glob = ops.glob
            test = lambda env: glob(fp(env), ft(env))
        else:
            user = self.context.function(word.lower(), 2)
            if user is None:
                raise OperationalError('no such function: %s' % word)
            test = lambda env: user([fp(env), ft(env)])
        if not negated:
            return test, None, None

        def not_like(env):
            r = test(env)
            return None if r is None else 1 - ops.truth(r)
        return not_like, None, None

    def _x_in(self, node, scope):
        _, operand, items, negated = node
        fx, aff_x, coll_x = self.expr(operand, scope)
        compiled = [self.expr(item, scope) for item in items]
        operands = ops.comparison_operands

        def in_(env):
            x = fx(env)
            if not compiled:
                return 1 if negated else 0
            if x is None:
                return None
            saw_null = False
            for fy, aff_y, coll_y in compiled:
                y = fy(env)
                if y is None:
                    saw_null = True
                    continue
                a, b = operands(x, y, aff_x, aff_y)
                if compare(a, b, coll_x or coll_y) == 0:
                    return 0 if negated else 1
            if saw_null:
                return None
            return 1 if negated else 0
        return in_, None, None

    def _x_intable(self, node, scope):
        from sqlite3._parse_select import Select, Core
        select = Select()
        core = Core()
        core.columns = [('*', None, None)]
        core.source = ('table', node[2], None)
        select.cores = [core]
        return self._x_insel(('insel', node[1], select, node[3]), scope)

    def _x_insel(self, node, scope):
        _, operand, select, negated = node
        if operand[0] == 'row':
            return self.row_in_select(operand, select, negated, scope)
        fx, aff_x, coll_x = self.expr(operand, scope)
        plan = self.compile_select(select, scope)
        if len(plan.names) != 1:
            raise OperationalError('sub-select returns %d columns - expected 1' % len(plan.names))
        aff_y = plan.affinities[0]
        values = self._subquery_rows(plan)
        operands = ops.comparison_operands

        def in_select(env):
            x = fx(env)
            rows = values(env)
            if not rows:
                return 1 if negated else 0
            if x is None:
                return None
            saw_null = False
            for row in rows:
                y = row[0]
                if y is None:
                    saw_null = True
                    continue
                a, b = operands(x, y, aff_x, aff_y)
                if compare(a, b, coll_x) == 0:
                    return 0 if negated else 1
            if saw_null:
                return None
            return 1 if negated else 0
        return in_select, None, None

    def _subquery_rows(self, plan):
        """fn(env) -> the subquery's rows; run once per statement when it reads nothing of the outer query."""
        if plan.correlated:
            return plan.run
        context = self.context
        cache = [None, None]

        def rows(env):
            if cache[0] != context.run_id:
                cache[1] = plan.run(env)
                cache[0] = context.run_id
            return cache[1]
        return rows

    def _x_exists(self, node, scope):
        plan = self.compile_select(node[1], scope)
        rows = self._subquery_rows(plan)
        return (lambda env: 1 if rows(env) else 0), None, None

    def _x_subq(self, node, scope):
        plan = self.compile_select(node[1], scope, limit_one=True)
        rows = self._subquery_rows(plan)

        def scalar(env):
            result = rows(env)
            return result[0][0] if result else None
        return scalar, plan.affinities[0], None

    def _x_case(self, node, scope):
        _, base, whens, otherwise = node
        fo = self.fn(otherwise, scope) if otherwise is not None else _const(None)
        truth = ops.truth
        if base is None:
            pairs = [(self.fn(w, scope), self.fn(t, scope)) for w, t in whens]

            def case(env):
                for fw, ft in pairs:
                    if truth(fw(env)) is True:
                        return ft(env)
                return fo(env)
            return case, None, None
        b = self.expr(base, scope)
        pairs = [(self._comparison('=', b, self.expr(w, scope))[0], self.fn(t, scope)) for w, t in whens]

        def case_base(env):
            for fw, ft in pairs:
                if fw(env) == 1:
                    return ft(env)
            return fo(env)
        return case_base, None, None

    def _x_cast(self, node, scope):
        fn = self.fn(node[1], scope)
        type_name = node[2]
        return (lambda env: cast(fn(env), type_name)), affinity_of_type(type_name), None

    def collation(self, name):
        """A collation by name: 'BINARY', 'NOCASE', 'RTRIM' or a UserCollation of the connection."""
        if name.upper() in ('BINARY', 'NOCASE', 'RTRIM'):
            return name.upper()
        function = self.context.collations.get(name.lower())
        if function is None:
            raise OperationalError('no such collation sequence: %s' % name)
        return UserCollation(name, function)

    def _x_collate(self, node, scope):
        collation = self.collation(node[2])
        fn, affinity, _ = self.expr(node[1], scope)
        return fn, affinity, collation

    # -- functions ---------------------------------------------------------------------------------
    def _x_func(self, node, scope):
        _, name, args, distinct, star, where = node
        lower = name.lower()
        nargs = len(args)
        aggregate = self.context.aggregate(lower, nargs) or (
            lower in AGGREGATES and not (lower in ('min', 'max') and nargs != 1) and AGGREGATES[lower])
        if aggregate:
            return self._aggregate_call(node, aggregate, scope)
        if star:
            if lower in SCALARS or self.context.function(lower, 0):
                raise OperationalError('wrong number of arguments to function %s()' % name)
            raise OperationalError('no such function: %s' % name)
        if distinct:
            raise OperationalError('DISTINCT aggregates must have exactly one argument')
        fns = [self.fn(a, scope) for a in args]
        user = self.context.function(lower, nargs)
        if user is not None:
            return (lambda env: user([f(env) for f in fns])), None, None
        entry = SCALARS.get(lower)
        if entry is None:
            if self.context.has_function(lower):
                raise OperationalError('wrong number of arguments to function %s()' % name)
            raise OperationalError('no such function: %s' % name)
        impl, low, high, wants_context = entry
        if nargs < low or (high is not None and nargs > high):
            raise OperationalError('wrong number of arguments to function %s()' % name)
        if wants_context:
            context = self.context
            return (lambda env: impl(context, *[f(env) for f in fns])), None, None
        if nargs == 1:
            f0 = fns[0]
            return (lambda env: impl(f0(env))), None, None
        return (lambda env: impl(*[f(env) for f in fns])), None, None

    def _x_window(self, node, scope):
        from sqlite3._window import Window, RANKING, VALUE, check_arity
        _, name, args, distinct, star, where, (partition, order, frame) = node
        lower = name.lower()
        if scope is None or scope.windows is None:
            raise OperationalError('misuse of window function %s()' % name)
        if distinct:
            raise OperationalError('DISTINCT is not supported for window functions')
        windows = scope.windows
        scope.windows = None
        try:
            fns = [self.fn(a, scope) for a in args]
            aggregate = None
            if lower in RANKING or lower in VALUE:
                check_arity(lower, len(args))
            else:
                factory = self.context.aggregate(lower, len(args)) or AGGREGATES.get(lower)
                if not factory:
                    if lower in SCALARS:
                        raise OperationalError('%s() may not be used as a window function' % name)
                    raise OperationalError('no such function: %s' % name)
                if factory[0] != 'user' and not (factory[1] <= len(args) <= factory[2]) or \
                        star and lower != 'count':
                    raise OperationalError('wrong number of arguments to function %s()' % name)
                collation = self.expr(args[0], scope)[2] if args else None
                aggregate = (factory, lower, collation)
            partition_fns = [self.fn(e, scope) for e in partition]
            order_specs = []
            for expr, descending, nulls_first in order:
                fn, _, collation = self.expr(expr, scope)
                order_specs.append((fn, descending, nulls_first, collation))
            compiled_frame = None
            if frame is not None:
                unit, start, end = frame
                compiled_frame = (unit, self._frame_bound(start, scope), self._frame_bound(end, scope))
            condition = self.condition(where, scope) if where is not None else None
        finally:
            scope.windows = windows
        slot = len(windows)
        windows.append(Window(lower, fns, partition_fns, order_specs, compiled_frame, aggregate, condition,
                              self.context))
        return (lambda env: env.win[slot]), None, None

    def _frame_bound(self, bound, scope):
        if bound[0] != 'offset':
            return bound
        expr, direction = bound[1]
        return ('offset', (self.fn(expr, None), direction))

    def _aggregate_call(self, node, factory, scope):
        _, name, args, distinct, star, where = node
        if scope is None or scope.aggs is None:
            if scope is not None and scope.aggregate_query:
                raise OperationalError('misuse of aggregate: %s()' % name)
            raise OperationalError('misuse of aggregate function %s()' % name)
        if distinct and len(args) != 1:
            raise OperationalError('DISTINCT aggregates must have exactly one argument')
        if factory[0] != 'user':
            low, high = factory[1], factory[2]
            if star and name.lower() != 'count' or not low <= len(args) <= high:
                raise OperationalError('wrong number of arguments to function %s()' % name)
        inner = scope.plain()
        fns = [self.fn(a, inner) for a in args]
        collation = self.expr(args[0], inner)[2] if args else None
        condition = self.condition(where, inner) if where is not None else None
        slot = len(scope.aggs)
        scope.aggs.append((factory, name.lower(), fns, distinct, condition, collation))
        return (lambda env: env.aggs[slot]), None, None
