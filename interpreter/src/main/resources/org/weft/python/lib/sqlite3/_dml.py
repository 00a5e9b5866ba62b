"""INSERT, UPDATE and DELETE (https://www.sqlite.org/lang_insert.html, lang_update.html, lang_delete.html)."""

from sqlite3._constraints import (Skip, table_scope, compile_checks, check_not_null, check_checks,
                                  resolve_conflicts, check_foreign_keys, check_children)
from sqlite3._errors import OperationalError, IntegrityError
from sqlite3._scope import Env, Entry, Scope
from sqlite3._values import apply_affinity, INTEGER


def writable_table(database, name):
    entry = database.schema.get(name.lower())
    if entry is None or entry[0] == 'index':
        raise OperationalError('no such table: %s' % name)
    if entry[0] == 'view':
        raise OperationalError('cannot modify %s because it is a view' % name)
    return entry[1]


def _rowid_of(table, value):
    """The rowid an INTEGER PRIMARY KEY value gives, or a "datatype mismatch"."""
    if type(value) is int:
        return value
    if type(value) is float and value == int(value):
        return int(value)
    raise IntegrityError('datatype mismatch')


class DmlCompiler:
    def compile_insert(self, node):
        _, conflict, name, column_names, source, upsert, returning = node
        database = self.context.database
        table = writable_table(database, name)
        if column_names is None:
            targets = list(range(len(table.columns)))
        else:
            targets = []
            for column in column_names:
                i = table.column_index(column)
                if i < 0:
                    if column.lower() in ('rowid', 'oid', '_rowid_'):
                        i = -1
                    else:
                        raise OperationalError('table %s has no column named %s' % (table.name, column))
                targets.append(i)
        if source[0] == 'default':
            rows = lambda env: [()]
        else:
            plan = self.compile_select(source[1], None)
            width = len(plan.names)
            if width != len(targets):
                if column_names is None:
                    raise OperationalError('table %s has %d columns but %d values were supplied'
                                           % (table.name, len(table.columns), width))
                raise OperationalError('%d values for %d columns' % (width, len(targets)))
            rows = plan.run
        defaults = [self.fn(c.default, None) if c.default is not None else None for c in table.columns]
        checks = compile_checks(self, table)
        upsert_plan = self._compile_upsert(table, upsert) if upsert else None
        context = self.context

        def run():
            changes = 0
            for values in rows(None):
                changes += self._insert_row(table, targets, values, defaults, checks, conflict, upsert_plan)
            return changes
        return self._with_returning(table, returning, run)

    def _with_returning(self, table, returning, run):
        """(result names or None, run): with RETURNING, run(env) gives (rows, changes)."""
        if not returning:
            return None, run
        scope = table_scope(table)
        columns = self._expand_columns(returning, scope.entries)
        fns = [self.fn(expr, scope) for expr, _, _ in columns]
        names = [alias or self._column_name(expr, scope, text) for expr, alias, text in columns]
        context = self.context

        def run_returning(env):
            saved = context.returning
            context.returning = (table, fns, [])
            try:
                changes = run()
                rows = context.returning[2]
            finally:
                context.returning = saved
            return rows, changes
        return names, run_returning

    def _returned(self, table, row, rowid):
        sink = self.context.returning
        if sink is not None and sink[0] is table:
            env = Env(row + [rowid])
            sink[2].append(tuple(f(env) for f in sink[1]))

    def _insert_row(self, table, targets, values, defaults, checks, conflict, upsert):
        database = self.context.database
        row = [None] * len(table.columns)
        given = [False] * len(table.columns)
        explicit_rowid = None
        for i, value in zip(targets, values):
            if i < 0:
                explicit_rowid = value
            else:
                row[i] = value
                given[i] = True
        for i, column in enumerate(table.columns):
            if not given[i] and defaults[i] is not None:
                row[i] = defaults[i](None)
            row[i] = apply_affinity(row[i], column.affinity)
        rc = table.rowid_column
        if rc is not None and row[rc] is not None:
            rowid = _rowid_of(table, row[rc])
        elif explicit_rowid is not None:
            rowid = _rowid_of(table, apply_affinity(explicit_rowid, INTEGER))
        else:
            rowid = table.next_rowid()
        if rc is not None:
            row[rc] = rowid
        if not self.fire_triggers(table, 'INSERT', 'BEFORE', None, row, rowid):
            return 0
        try:
            check_not_null(table, row, conflict, defaults)
            check_checks(checks, row, rowid, conflict)
            if upsert is not None and table.conflicts(row, rowid):
                return self._upsert(table, row, rowid, upsert)
            deleted = resolve_conflicts(database, table, row, rowid, conflict)
            check_foreign_keys(database, table, row)
        except Skip:
            return 0
        database.insert_row(table, rowid, row)
        state = self.context.state
        state.last_rowid = rowid
        self._returned(table, row, rowid)
        self.fire_triggers(table, 'INSERT', 'AFTER', None, row, rowid)
        return 1

    def _compile_upsert(self, table, upsert):
        target, sets, where = upsert
        if sets is None:
            return (None, None)
        scope = table_scope(table)
        excluded = [Entry('excluded', c.name, c.affinity, c.collate, qualified_only=True) for c in table.columns]
        excluded.append(Entry('excluded', 'rowid', INTEGER, in_star=False))
        scope = Scope(scope.entries + excluded)
        assignments = self._assignments(table, sets, scope)
        condition = self.condition(where, scope) if where is not None else None
        return (assignments, condition)

    def _upsert(self, table, row, rowid, upsert):
        assignments, condition = upsert
        if assignments is None:
            return 0
        database = self.context.database
        found = table.conflicts(row, rowid)
        holder = found[0][1]
        old = table.rows[holder]
        env = Env(old + [holder] + row + [rowid])
        if condition is not None and not condition(env):
            return 0
        return self._update_row(table, holder, old, env, assignments, compile_checks(self, table), None)

    def _assignments(self, table, sets, scope):
        assignments = []
        for names, expr in sets:
            if len(names) == 1:
                pairs = [(names[0], expr)]
            elif expr[0] == 'row' and len(expr[1]) == len(names):
                pairs = list(zip(names, expr[1]))   # SET (a, b) = (1, 2)
            else:
                raise OperationalError('%d columns assigned %d values' % (
                    len(names), len(expr[1]) if expr[0] == 'row' else 1))
            for column, value in pairs:
                fn = self.fn(value, scope)
                i = table.column_index(column)
                if i < 0:
                    if column.lower() in ('rowid', 'oid', '_rowid_'):
                        i = -1
                    else:
                        raise OperationalError('no such column: %s' % column)
                assignments.append((i, fn))
        return assignments

    def compile_update(self, node):
        _, conflict, name, alias, sets, source, where, returning = node
        table = writable_table(self.context.database, name)
        scope = table_scope(table, alias)
        from_rows = None
        if source is not None:
            # UPDATE ... FROM: each row of the table meets the first FROM row that satisfies WHERE
            entries, from_rows = self.source(source, None)
            scope = Scope(scope.entries + entries)
        assignments = self._assignments(table, sets, scope)
        condition = self.condition(where, scope) if where is not None else None
        checks = compile_checks(self, table)

        def run():
            targets = []
            others = from_rows(None) if from_rows is not None else None
            for rowid, row in table.scan():
                if others is None:
                    env = Env(row + [rowid])
                    if condition is None or condition(env):
                        targets.append((rowid, row, env))
                    continue
                for other in others:
                    env = Env(row + [rowid] + other)
                    if condition is None or condition(env):
                        targets.append((rowid, row, env))
                        break
            changes = 0
            for rowid, row, env in targets:
                if rowid in table.rows:
                    changes += self._update_row(table, rowid, row, env, assignments, checks, conflict)
            return changes
        return self._with_returning(table, returning, run)

    def _update_row(self, table, rowid, row, env, assignments, checks, conflict):
        database = self.context.database
        new = list(row)
        new_rowid = rowid
        for i, fn in assignments:
            value = fn(env)
            if i < 0:
                new_rowid = _rowid_of(table, apply_affinity(value, INTEGER))
            else:
                new[i] = apply_affinity(value, table.columns[i].affinity)
        rc = table.rowid_column
        if rc is not None:
            if new[rc] is None:
                raise IntegrityError('datatype mismatch')
            new_rowid = _rowid_of(table, new[rc])
        changed = [i for i, _ in assignments]
        if not self.fire_triggers(table, 'UPDATE', 'BEFORE', list(row), new, rowid, changed):
            return 0
        try:
            check_not_null(table, new, conflict, None)
            check_checks(checks, new, new_rowid, conflict)
            resolve_conflicts(database, table, new, new_rowid, conflict, skip_rowid=rowid)
            check_foreign_keys(database, table, new)
        except Skip:
            return 0
        check_children(database, table, rowid, row, new)
        database.delete_row(table, rowid)
        database.insert_row(table, new_rowid, new)
        self._returned(table, new, new_rowid)
        self.fire_triggers(table, 'UPDATE', 'AFTER', list(row), new, new_rowid, changed)
        return 1

    def compile_delete(self, node):
        _, name, alias, where, returning = node
        table = writable_table(self.context.database, name)
        scope = table_scope(table, alias)
        condition = self.condition(where, scope) if where is not None else None
        database = self.context.database

        def run():
            targets = []
            for rowid, row in table.scan():
                if condition is None or condition(Env(row + [rowid])):
                    targets.append((rowid, row))
            changes = 0
            for rowid, row in targets:
                if rowid not in table.rows:
                    continue
                if not self.fire_triggers(table, 'DELETE', 'BEFORE', row, None, rowid):
                    continue
                check_children(database, table, rowid, row)
                if rowid in table.rows:
                    self._returned(table, row, rowid)
                    database.delete_row(table, rowid)
                    changes += 1
                    self.fire_triggers(table, 'DELETE', 'AFTER', row, None, rowid)
            return changes
        return self._with_returning(table, returning, run)
