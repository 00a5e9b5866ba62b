"""The DB-API 2.0 interface of the sqlite3 module (PEP 249), as Python 3.11 defines it."""

import datetime
import time

from sqlite3._errors import *
from sqlite3._errors import __all__ as _error_names
from sqlite3._adapt import (adapters, converters, register_adapter, register_converter, adapt, PrepareProtocol)
from sqlite3._connection import Connection
from sqlite3._cursor import Cursor, PARSE_DECLTYPES, PARSE_COLNAMES
from sqlite3._row import Row

paramstyle = 'qmark'
threadsafety = 1
apilevel = '2.0'

version = '2.6.0'
version_info = (2, 6, 0)
sqlite_version = '3.40.1'
sqlite_version_info = (3, 40, 1)

Date = datetime.date
Time = datetime.time
Timestamp = datetime.datetime


def DateFromTicks(ticks):
    return Date(*time.localtime(ticks)[:3])


def TimeFromTicks(ticks):
    return Time(*time.localtime(ticks)[3:6])


def TimestampFromTicks(ticks):
    return Timestamp(*time.localtime(ticks)[:6])


Binary = memoryview

SQLITE_OK = 0
SQLITE_DENY = 1
SQLITE_IGNORE = 2
SQLITE_ERROR = 1
SQLITE_CONSTRAINT = 19

Connection.__module__ = 'sqlite3'
Cursor.__module__ = 'sqlite3'


def connect(database, timeout=5.0, detect_types=0, isolation_level='', check_same_thread=True,
            factory=Connection, cached_statements=128, uri=False):
    """Open a connection to an SQLite database: ":memory:" or a file name (kept in memory for this process)."""
    if factory is Connection or factory is None:
        return Connection(database, timeout, detect_types, isolation_level, check_same_thread, None,
                          cached_statements, uri)
    return factory(database, timeout=timeout, detect_types=detect_types, isolation_level=isolation_level,
                   check_same_thread=check_same_thread, cached_statements=cached_statements, uri=uri)


def complete_statement(statement):
    """Whether the text ends a complete SQL statement: a semicolon outside strings, comments and triggers."""
    from sqlite3._lexer import tokenize
    try:
        tokens = tokenize(statement)
    except Error:
        return False
    return len(tokens) > 1 and tokens[-2][:2] == ('op', ';')


def enable_callback_tracebacks(flag):
    pass


def enable_shared_cache(do_enable):
    pass
