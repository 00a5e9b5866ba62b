"""pickle.Unpickler: reads the opcodes of protocols 0 to 5. Weft's own implementation.

A pickle is a program for a stack machine: each opcode pushes, pops, or builds. MARK saves the
stack on a meta-stack so that TUPLE, LIST, DICT, APPENDS, SETITEMS and ADDITEMS find their items.
"""

import sys
import copyreg
from struct import unpack
from _pickle_common import UnpicklingError, HIGHEST_PROTOCOL, _PY2_MODULE_TO_PY3, _PY2_NAME_TO_PY3
from _pickle_common import PickleBuffer


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


class Unpickler:
    """This takes a binary file for reading a pickle data stream."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._read = getattr(file, "read", None)
        self._readline = getattr(file, "readline", None)
        if self._read is None or self._readline is None:
            raise TypeError("file must have 'read' and 'readline' attributes")
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.memo = {}
        self.proto = 0

    def load(self):
        """Load a pickle."""
        if not hasattr(self, "_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._frame = None
        self.stack = []
        self.metastack = []
        self.proto = 0
        dispatch = self._DISPATCH
        read = self.read
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                op = dispatch.get(key[0])
                if op is None:
                    raise UnpicklingError("invalid load key, %s." % _show_key(key[0]))
                op(self)
        except _Stop as stop:
            return stop.value

    # --- reading, through frames ------------------------------------------------------------

    def read(self, n):
        if n == 0:
            return b""
        frame = self._frame
        if frame is not None:
            data = frame.read(n)
            if len(data) == n or not data and n:
                if data:
                    return data
                self._frame = None
            else:
                raise UnpicklingError("pickle exhausted before end of frame")
        return self._read(n)

    def readline(self):
        frame = self._frame
        if frame is not None:
            data = frame.readline()
            if data:
                if data[-1:] != b"\n":
                    raise UnpicklingError("pickle exhausted before end of frame")
                return data
            self._frame = None
        return self._readline()

    def _read_exact(self, n):
        data = self.read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _read_line(self):
        line = self.readline()
        if not line or line[-1:] != b"\n":
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    # --- the stack --------------------------------------------------------------------------

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def _top(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack[-1]

    def _pop_mark(self):
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        items = self.stack
        self.stack = self.metastack.pop()
        return items

    def _memo_get(self, idx):
        try:
            return self.memo[idx]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % idx) from None

    def _memo_put(self, idx):
        if idx < 0:
            raise ValueError("negative PUT argument")
        self.memo[idx] = self._top()

    # --- classes ----------------------------------------------------------------------------

    def find_class(self, module, name):
        """Return an object from a specified module."""
        if self.proto < 3 and self.fix_imports:
            key = _PY2_NAME_TO_PY3.get((module, name))
            if key is not None:
                module, name = key
            else:
                module = _PY2_MODULE_TO_PY3.get(module, module)
        __import__(module, level=0)
        mod = sys.modules[module]
        obj = mod
        if self.proto >= 4:
            parts = name.split(".")
        else:
            parts = [name]
        for part in parts:
            if part == "<locals>":
                raise AttributeError("Can't get local attribute %r on %r" % (name, mod))
            try:
                obj = getattr(obj, part)
            except AttributeError:
                raise AttributeError("Can't get attribute %r on %r" % (name, mod)) from None
        return obj

    # --- opcodes ----------------------------------------------------------------------------

    def _proto(self):
        proto = self._read_exact(1)[0]
        if proto > HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def _frame_op(self):
        import io
        size = unpack("<Q", self._read_exact(8))[0]
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = io.BytesIO(self._read_exact(size))

    def _persid(self):
        try:
            pid = self._read_line().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.stack.append(self._persistent_load(pid))

    def _binpersid(self):
        pid = self._pop()
        self.stack.append(self._persistent_load(pid))

    def _persistent_load(self, pid):
        load = getattr(self, "persistent_load", None)
        if load is None:
            raise UnpicklingError("A load persistent id instruction was encountered,\n"
                                  "but no persistent_load function was specified.")
        return load(pid)

    def _int(self):
        data = self._read_line()
        if data == b"00":
            value = False
        elif data == b"01":
            value = True
        else:
            value = _parse_int(data)
        self.stack.append(value)

    def _long(self):
        data = self._read_line()
        if data[-1:] == b"L":
            data = data[:-1]
        self.stack.append(_parse_int(data))

    def _float(self):
        data = self._read_line()
        try:
            self.stack.append(float(data.decode("ascii")))
        except (ValueError, UnicodeDecodeError):
            raise ValueError("could not convert string to float") from None

    def _string(self):
        data = self._read_line().rstrip(b" ")
        if len(data) >= 2 and data[0] == data[-1] and data[:1] in (b'"', b"'"):
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import codecs
        self.stack.append(self._decode_string(codecs.escape_decode(data)[0]))

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def _binstring(self):
        n = unpack("<i", self._read_exact(4))[0]
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.stack.append(self._decode_string(self._read_exact(n)))

    def _short_binstring(self):
        n = self._read_exact(1)[0]
        self.stack.append(self._decode_string(self._read_exact(n)))

    def _unicode(self):
        import codecs
        self.stack.append(codecs.raw_unicode_escape_decode(self._read_line())[0])

    def _push_str(self, n):
        self.stack.append(str(self._read_exact(n), "utf-8", "surrogatepass"))

    def _binunicode(self):
        self._push_str(unpack("<I", self._read_exact(4))[0])

    def _binunicode8(self):
        self._push_str(self._size8())

    def _short_binunicode(self):
        self._push_str(self._read_exact(1)[0])

    def _size8(self):
        n = unpack("<Q", self._read_exact(8))[0]
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        return n

    def _binbytes(self):
        self.stack.append(self._read_exact(unpack("<I", self._read_exact(4))[0]))

    def _binbytes8(self):
        self.stack.append(self._read_exact(self._size8()))

    def _short_binbytes(self):
        self.stack.append(self._read_exact(self._read_exact(1)[0]))

    def _bytearray8(self):
        self.stack.append(bytearray(self._read_exact(self._size8())))

    def _next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def _readonly_buffer(self):
        buf = self._top()
        view = memoryview(buf.raw() if isinstance(buf, PickleBuffer) else buf)
        if not view.readonly:
            self.stack[-1] = view.toreadonly()

    def _tuple(self):
        items = tuple(self._pop_mark())
        self.stack.append(items)

    def _tuple_n(n):
        def op(self):
            if len(self.stack) < n:
                raise UnpicklingError("unpickling stack underflow")
            items = tuple(self.stack[-n:])
            del self.stack[-n:]
            self.stack.append(items)
        return op

    def _list(self):
        items = self._pop_mark()
        self.stack.append(items)

    def _dict(self):
        items = self._pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        self.stack.append({items[i]: items[i + 1] for i in range(0, len(items), 2)})

    def _frozenset(self):
        items = frozenset(self._pop_mark())
        self.stack.append(items)

    def _inst(self):
        module = self._read_line().decode("ascii")
        name = self._read_line().decode("ascii")
        cls = self.find_class(module, name)
        self._instantiate(cls, self._pop_mark())

    def _obj(self):
        args = self._pop_mark()
        if not args:
            raise UnpicklingError("unpickling stack underflow")
        cls = args.pop(0)
        self._instantiate(cls, args)

    def _instantiate(self, cls, args):
        if args or not isinstance(cls, type) or hasattr(cls, "__getinitargs__"):
            value = cls(*args)
        else:
            value = cls.__new__(cls)
        self.stack.append(value)

    def _newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        self.stack.append(cls.__new__(cls, *args))

    def _newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s" % type(cls).__name__)
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def _global(self):
        encoding = "utf-8"
        module = self._read_line().decode(encoding)
        name = self._read_line().decode(encoding)
        self.stack.append(self.find_class(module, name))

    def _stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def _ext(fmt, size):
        def op(self):
            data = self._read_exact(size)
            code = data[0] if size == 1 else unpack(fmt, data)[0]
            self._get_extension(code)
        return op

    def _get_extension(self, code):
        obj = copyreg._extension_cache.get(code, self)
        if obj is not self:
            self.stack.append(obj)
            return
        key = copyreg._inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        copyreg._extension_cache[code] = obj
        self.stack.append(obj)

    def _reduce(self):
        args = self._pop()
        func = self._pop()
        self.stack.append(func(*args))

    def _pop_op(self):
        if self.stack:
            self.stack.pop()
        elif self.metastack:
            self._pop_mark()
        else:
            raise UnpicklingError("unpickling stack underflow")

    def _pop_mark_op(self):
        self._pop_mark()

    def _dup(self):
        self.stack.append(self._top())

    def _get(self):
        self.stack.append(self._memo_get(_parse_int(self._read_line())))

    def _binget(self):
        self.stack.append(self._memo_get(self._read_exact(1)[0]))

    def _long_binget(self):
        self.stack.append(self._memo_get(unpack("<I", self._read_exact(4))[0]))

    def _put(self):
        self._memo_put(_parse_int(self._read_line()))

    def _binput(self):
        self._memo_put(self._read_exact(1)[0])

    def _long_binput(self):
        self._memo_put(unpack("<I", self._read_exact(4))[0])

    def _memoize(self):
        self._memo_put(len(self.memo))

    def _append(self):
        value = self._pop()
        self._top().append(value)

    def _appends(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, list):
            target.extend(items)
            return
        extend = getattr(target, "extend", None)
        if extend is not None:
            extend(items)
        else:
            for item in items:
                target.append(item)

    def _setitem(self):
        value = self._pop()
        key = self._pop()
        self._top()[key] = value

    def _setitems(self):
        items = self._pop_mark()
        target = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            target[items[i]] = items[i + 1]

    def _additems(self):
        items = self._pop_mark()
        target = self._top()
        if isinstance(target, set):
            target.update(items)
        else:
            for item in items:
                target.add(item)

    def _build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    k = sys.intern(k)
                inst_dict[k] = v
        if slotstate:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def _mark(self):
        self.metastack.append(self.stack)
        self.stack = []

    def _stop(self):
        raise _Stop(self._pop())

    def _binint(self):
        self.stack.append(unpack("<i", self._read_exact(4))[0])

    def _binint1(self):
        self.stack.append(self._read_exact(1)[0])

    def _binint2(self):
        self.stack.append(unpack("<H", self._read_exact(2))[0])

    def _long1(self):
        n = self._read_exact(1)[0]
        self.stack.append(int.from_bytes(self._read_exact(n), "little", signed=True))

    def _long4(self):
        n = unpack("<i", self._read_exact(4))[0]
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(int.from_bytes(self._read_exact(n), "little", signed=True))

    def _binfloat(self):
        self.stack.append(unpack(">d", self._read_exact(8))[0])

    _DISPATCH = {
        0x80: _proto, 0x95: _frame_op, ord("P"): _persid, ord("Q"): _binpersid,
        ord("N"): lambda self: self.stack.append(None),
        0x88: lambda self: self.stack.append(True), 0x89: lambda self: self.stack.append(False),
        ord("I"): _int, ord("J"): _binint, ord("K"): _binint1, ord("M"): _binint2,
        ord("L"): _long, 0x8a: _long1, 0x8b: _long4, ord("F"): _float, ord("G"): _binfloat,
        ord("S"): _string, ord("T"): _binstring, ord("U"): _short_binstring,
        ord("V"): _unicode, ord("X"): _binunicode, 0x8d: _binunicode8, 0x8c: _short_binunicode,
        ord("B"): _binbytes, 0x8e: _binbytes8, ord("C"): _short_binbytes, 0x96: _bytearray8,
        0x97: _next_buffer, 0x98: _readonly_buffer,
        ord("t"): _tuple, ord(")"): lambda self: self.stack.append(()),
        0x85: _tuple_n(1), 0x86: _tuple_n(2), 0x87: _tuple_n(3),
        ord("]"): lambda self: self.stack.append([]), ord("}"): lambda self: self.stack.append({}),
        0x8f: lambda self: self.stack.append(set()), 0x91: _frozenset,
        ord("l"): _list, ord("d"): _dict, ord("i"): _inst, ord("o"): _obj,
        0x81: _newobj, 0x92: _newobj_ex, ord("c"): _global, 0x93: _stack_global,
        0x82: _ext("<B", 1), 0x83: _ext("<H", 2), 0x84: _ext("<i", 4),
        ord("R"): _reduce, ord("0"): _pop_op, ord("1"): _pop_mark_op, ord("2"): _dup,
        ord("g"): _get, ord("h"): _binget, ord("j"): _long_binget,
        ord("p"): _put, ord("q"): _binput, ord("r"): _long_binput, 0x94: _memoize,
        ord("a"): _append, ord("e"): _appends, ord("s"): _setitem, ord("u"): _setitems,
        0x90: _additems, ord("b"): _build, ord("("): _mark, ord("."): _stop,
    }
    del _tuple_n, _ext


def _show_key(b):
    if 32 <= b < 127 and b != 0x27:
        return "'%s'" % chr(b)
    return "'\\x%02x'" % b


def _parse_int(data):
    try:
        return int(data.decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        raise ValueError("could not convert string to int") from None

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
