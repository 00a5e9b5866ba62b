"""What pickle's writer and reader share: the opcodes, the exceptions, PickleBuffer, and the
Python 2 name mapping that protocols 0 to 2 use (fix_imports). Weft's own implementation."""

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


PickleError.__module__ = PicklingError.__module__ = UnpicklingError.__module__ = "_pickle"


class PickleBuffer:
    """Wrapper for potentially out-of-band buffers"""

    __slots__ = ("_view",)

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """Return a memoryview of the raw memory underlying this buffer."""
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view.cast("B") if self._view.format != "B" else self._view

    def release(self):
        """Release the underlying buffer exposed by the PickleBuffer object."""
        self._view = None

    def _weft_buffer_(self):
        # The buffer protocol (Java: BufferHook): views of a PickleBuffer see the buffer it wraps.
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view


PickleBuffer.__module__ = "pickle"

# Opcodes, named as in CPython's pickle module; each is one byte.
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

# Python 3 names as Python 2 knew them (written by protocols < 3 when fix_imports is true), and
# back again when reading. The facts are those of CPython's documented fix_imports behaviour.
_PY3_MODULE_TO_PY2 = {
    "builtins": "__builtin__", "copyreg": "copy_reg", "queue": "Queue",
    "socketserver": "SocketServer", "configparser": "ConfigParser", "reprlib": "repr",
    "_markupbase": "markupbase", "_thread": "thread", "html.entities": "htmlentitydefs",
    "html.parser": "HTMLParser", "http.client": "httplib", "http.cookies": "Cookie",
    "xmlrpc.client": "xmlrpclib", "xmlrpc.server": "SimpleXMLRPCServer",
}
_PY3_NAME_TO_PY2 = {
    ("builtins", "range"): ("__builtin__", "xrange"),
    ("functools", "reduce"): ("__builtin__", "reduce"),
    ("sys", "intern"): ("__builtin__", "intern"),
    ("builtins", "chr"): ("__builtin__", "unichr"),
    ("builtins", "str"): ("__builtin__", "unicode"),
    ("builtins", "int"): ("__builtin__", "long"),
    ("builtins", "zip"): ("itertools", "izip"),
    ("builtins", "map"): ("itertools", "imap"),
    ("builtins", "filter"): ("itertools", "ifilter"),
    ("itertools", "filterfalse"): ("itertools", "ifilterfalse"),
    ("itertools", "zip_longest"): ("itertools", "izip_longest"),
    ("collections", "UserDict"): ("UserDict", "IterableUserDict"),
    ("collections", "UserList"): ("UserList", "UserList"),
    ("collections", "UserString"): ("UserString", "UserString"),
    ("urllib.parse", "quote"): ("urllib", "quote"),
    ("urllib.parse", "quote_plus"): ("urllib", "quote_plus"),
    ("urllib.parse", "unquote"): ("urllib", "unquote"),
    ("urllib.parse", "unquote_plus"): ("urllib", "unquote_plus"),
    ("urllib.parse", "urlencode"): ("urllib", "urlencode"),
}
# Python 2 kept the built-in exceptions in a module of their own.
for _name in (
        "ArithmeticError AssertionError AttributeError BaseException BrokenPipeError BufferError "
        "BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError "
        "ConnectionResetError DeprecationWarning EOFError EnvironmentError Exception FileExistsError "
        "FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError ImportError "
        "ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError "
        "KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError "
        "NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError "
        "ProcessLookupError ReferenceError RuntimeError RuntimeWarning StopIteration SyntaxError "
        "SyntaxWarning SystemError SystemExit TabError TimeoutError TypeError UnboundLocalError "
        "UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning "
        "UserWarning ValueError Warning ZeroDivisionError").split():
    _PY3_NAME_TO_PY2[("builtins", _name)] = ("exceptions", _name)
del _name

_PY2_MODULE_TO_PY3 = {v: k for k, v in _PY3_MODULE_TO_PY2.items()}
_PY2_MODULE_TO_PY3["exceptions"] = "builtins"
_PY2_NAME_TO_PY3 = {v: k for k, v in _PY3_NAME_TO_PY2.items() if v[0] != "exceptions"}
_PY2_NAME_TO_PY3[("__builtin__", "basestring")] = ("builtins", "str")
_PY2_NAME_TO_PY3[("exceptions", "StandardError")] = ("builtins", "Exception")

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
