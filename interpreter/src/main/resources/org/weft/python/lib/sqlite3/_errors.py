"""The DB-API 2.0 exception hierarchy of the sqlite3 module (PEP 249), named as CPython names them."""

__all__ = ['Warning', 'Error', 'InterfaceError', 'DatabaseError', 'DataError', 'OperationalError',
           'IntegrityError', 'InternalError', 'ProgrammingError', 'NotSupportedError']


class Warning(Exception):
    pass


class Error(Exception):
    # CPython's sqlite3.Error carries the SQLite error code and its name; we set them where we know them.
    sqlite_errorcode = None
    sqlite_errorname = None


class InterfaceError(Error):
    pass


class DatabaseError(Error):
    pass


class DataError(DatabaseError):
    pass


class OperationalError(DatabaseError):
    pass


class IntegrityError(DatabaseError):
    pass


class InternalError(DatabaseError):
    pass


class ProgrammingError(DatabaseError):
    pass


class NotSupportedError(DatabaseError):
    pass


for _cls in (Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError, IntegrityError,
             InternalError, ProgrammingError, NotSupportedError):
    _cls.__module__ = 'sqlite3'
del _cls
