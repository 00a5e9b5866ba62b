"""sqlite3: an SQL database in memory, with Python's DB-API 2.0 interface (PEP 249).

Weft's sqlite3 is written in Python from SQLite's documentation; it implements the SQL that tutorials and
small programs use (tables with affinity and constraints, joins, grouping, subqueries, compound selects,
the core, aggregate, math and date functions, transactions), with SQLite 3.40's results and messages.

Nothing is written to disk in SQLite's file format: a database opened by file name lives in memory for the
life of the process, shared by every connection to the same absolute path, so a program that writes a file
and opens it again sees its data, but another process (or a later run) does not.
"""

from sqlite3.dbapi2 import *
from sqlite3.dbapi2 import (Row, Cursor, Connection, PrepareProtocol, adapters, converters, register_adapter,
                            register_converter, adapt, connect, complete_statement, enable_callback_tracebacks,
                            PARSE_DECLTYPES, PARSE_COLNAMES, sqlite_version, sqlite_version_info, version,
                            version_info, Warning, Error, InterfaceError, DatabaseError, DataError,
                            OperationalError, IntegrityError, InternalError, ProgrammingError, NotSupportedError)
