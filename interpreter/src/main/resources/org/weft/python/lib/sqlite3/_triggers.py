"""Row triggers (https://www.sqlite.org/lang_createtrigger.html): BEFORE/AFTER INSERT, UPDATE [OF columns]
and DELETE, FOR EACH ROW, with WHEN, NEW and OLD, and RAISE() in their statements."""

from sqlite3._errors import OperationalError, IntegrityError


class TriggerInfo:
    __slots__ = ('name', 'table', 'timing', 'event', 'columns', 'when', 'body', 'sql', 'compiled')

    def __init__(self, name, table, timing, event, columns, when, body, sql):
        self.name = name
        self.table = table
        self.timing = timing
        self.event = event
        self.columns = columns
        self.when = when
        self.body = body
        self.sql = sql
        self.compiled = None      # (schema generation, when fn, [prepared runs])


class RaiseIgnore(Exception):
    """RAISE(IGNORE): drop the row the trigger fired for, and the rest of the trigger."""


def raise_function(action, message_fn):
    def fire(env):
        if action == 'IGNORE':
            raise RaiseIgnore()
        from sqlite3._values import to_text
        message = message_fn(env) if message_fn is not None else None
        raise IntegrityError(to_text(message) if message is not None else '')
    return fire


def triggers_for(database, table, event, timing):
    found = []
    for lower in database.order:
        kind, obj = database.schema[lower]
        if kind == 'trigger' and obj.event == event and obj.timing == timing and \
                obj.table.lower() == table.name.lower():
            found.append(obj)
    return found


class TriggerRunner:
    """Mixed into the statement compiler: compiles trigger bodies on first use and fires them."""

    def fire_triggers(self, table, event, timing, old, new, rowid, changed_columns=None):
        """Run the triggers of one row change; False when one of them said RAISE(IGNORE)."""
        context = self.context
        database = context.database
        triggers = triggers_for(database, table, event, timing)
        if not triggers:
            return True
        width = len(table.columns) + 1
        old_row = (old + [rowid]) if old is not None else [None] * width
        new_row = (new + [rowid]) if new is not None else [None] * width
        for trigger in triggers:
            if trigger.columns is not None and changed_columns is not None:
                wanted = {table.column_index(c) for c in trigger.columns}
                if not wanted & set(changed_columns):
                    continue
            when, runs = self._compiled_trigger(trigger, table)
            if len(context.trigger_rows) > 100:
                raise OperationalError('too many levels of trigger recursion')
            context.trigger_rows.append(old_row + new_row)
            try:
                if when is not None and not when(None):
                    continue
                for prepared in runs:
                    if prepared.names is not None:
                        prepared.run(None)
                    else:
                        changes = prepared.run()
                        context.state.total_changes += changes
            except RaiseIgnore:
                return False
            finally:
                context.trigger_rows.pop()
        return True

    def _compiled_trigger(self, trigger, table):
        database = self.context.database
        if trigger.compiled is not None and trigger.compiled[0] == database.generation:
            return trigger.compiled[1], trigger.compiled[2]
        context = self.context
        saved = context.trigger_table, context.params
        context.trigger_table = table
        try:
            when = self.condition(trigger.when, None) if trigger.when is not None else None
            runs = [self.compile_trigger_statement(statement) for statement in trigger.body]
        finally:
            context.trigger_table, context.params = saved
        trigger.compiled = (database.generation, when, runs)
        return when, runs
