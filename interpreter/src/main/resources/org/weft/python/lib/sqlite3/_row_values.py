"""Row values (https://www.sqlite.org/rowvalue.html): (a, b) = (1, 2), (a, b) < (x, y) in dictionary order,
and (a, b) IN (SELECT x, y ...)."""

from sqlite3._errors import OperationalError
from sqlite3 import _operators as ops
from sqlite3._values import compare


class RowValueCompiler:
    def _x_row(self, node, scope):
        raise OperationalError('row value misused')

    def _row_items(self, node, scope):
        if node[0] != 'row':
            raise OperationalError('row value misused')
        return [self.expr(item, scope) for item in node[1]]

    def row_comparison(self, op, left, right, scope):
        if op in ('AND', 'OR') or op not in ('=', '!=', '<', '<=', '>', '>=', 'IS', 'ISNOT'):
            raise OperationalError('row value misused')
        a, b = self._row_items(left, scope), self._row_items(right, scope)
        if len(a) != len(b):
            raise OperationalError('row value misused')
        if op in ('IS', 'ISNOT'):
            parts = [self._comparison('IS', x, y)[0] for x, y in zip(a, b)]
            want = 1 if op == 'IS' else 0
            return (lambda env: want if all(p(env) == 1 for p in parts) else 1 - want), None, None
        pairs = list(zip(a, b))
        operands = ops.comparison_operands

        def compare_rows(env):
            # the first pair that is not equal decides; a NULL before that makes the answer NULL
            for (fa, aff_a, coll_a), (fb, aff_b, coll_b) in pairs:
                x, y = fa(env), fb(env)
                if x is None or y is None:
                    if op == '=' or op == '!=':
                        rest = _rest_differs(pairs, env, operands)
                        if rest:
                            return 0 if op == '=' else 1
                    return None
                x, y = operands(x, y, aff_a, aff_b)
                c = compare(x, y, coll_a or coll_b)
                if c != 0:
                    if op == '=':
                        return 0
                    if op == '!=':
                        return 1
                    return 1 if (c < 0) == (op in ('<', '<=')) else 0
            return 1 if op in ('=', '<=', '>=') else 0
        return compare_rows, None, None

    def row_in_select(self, operand, select, negated, scope):
        items = self._row_items(operand, scope)
        plan = self.compile_select(select, scope)
        if len(plan.names) != len(items):
            raise OperationalError('sub-select returns %d columns - expected %d' % (len(plan.names), len(items)))
        rows = self._subquery_rows(plan)
        operands = ops.comparison_operands

        def in_rows(env):
            values = [f(env) for f, _, _ in items]
            saw_null = False
            for row in rows(env):
                verdict = 1
                for (f, aff_a, coll), x, y, aff_b in zip(items, values, row, plan.affinities):
                    if x is None or y is None:
                        verdict = None
                        continue
                    a, b = operands(x, y, aff_a, aff_b)
                    if compare(a, b, coll) != 0:
                        verdict = 0
                        break
                if verdict == 1:
                    return 0 if negated else 1
                if verdict is None:
                    saw_null = True
            if saw_null:
                return None
            return 1 if negated else 0
        return in_rows, None, None


def _rest_differs(pairs, env, operands):
    for (fa, aff_a, coll_a), (fb, aff_b, coll_b) in pairs:
        x, y = fa(env), fb(env)
        if x is None or y is None:
            continue
        x, y = operands(x, y, aff_a, aff_b)
        if compare(x, y, coll_a or coll_b) != 0:
            return True
    return False
