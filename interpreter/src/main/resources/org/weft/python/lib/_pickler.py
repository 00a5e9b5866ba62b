"""pickle.Pickler: writes the opcodes of protocols 0 to 5. Weft's own implementation.

Where CPython's C pickler and its pure-Python one differ in the bytes they write (batching of one
item, the frame boundaries), this follows the C pickler, which is what CPython's pickle.dumps uses.
"""

import sys
import copyreg
from struct import pack
from _pickle_common import *  # noqa: F401,F403  opcodes
from _pickle_common import (PicklingError, PickleBuffer, HIGHEST_PROTOCOL, DEFAULT_PROTOCOL,
                            _PY3_MODULE_TO_PY2, _PY3_NAME_TO_PY2)

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024
_NoneType = type(None)


class _Framer:
    """Collects the opcodes of protocol 4+ into frames of about 64 KiB, each behind a FRAME header."""

    def __init__(self, write):
        self._write = write
        self._frame = None

    def start(self):
        self._frame = bytearray()

    def write(self, data):
        if self._frame is None:
            self._write(data)
        else:
            self._frame += data

    def boundary(self):
        if self._frame is not None and len(self._frame) >= _FRAME_SIZE_TARGET:
            self.commit()

    def commit(self):
        frame = self._frame
        if frame is None:
            return
        if len(frame) >= _FRAME_SIZE_MIN:
            self._write(FRAME + pack("<Q", len(frame)) + bytes(frame))
        elif frame:
            self._write(bytes(frame))
        self._frame = bytearray()

    def write_large(self, header, payload):
        """A payload of a frame's size or more goes outside any frame, as CPython writes it."""
        if self._frame is None or len(payload) < _FRAME_SIZE_TARGET:
            self.write(header)
            self.write(payload)
            return
        self.commit()
        self._write(header)
        self._write(bytes(payload))

    def end(self):
        self.commit()
        self._frame = None


class Pickler:
    """This takes a binary file for writing a pickle data stream."""

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        protocol = int(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        write = getattr(file, "write", None)
        if write is None:
            raise TypeError("file must have a 'write' attribute")
        self._file_write = write
        self._framer = _Framer(write)
        self._buffer_callback = buffer_callback
        self.memo = {}
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        """Clears the pickler's "memo"."""
        self.memo.clear()

    def dump(self, obj):
        """Write a pickled representation of obj to the open file."""
        if not hasattr(self, "_framer"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % type(self).__name__)
        self._module_names = {}
        self._persistent_id = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        table = getattr(self, "dispatch_table", None)
        self._dispatch = table if table is not None else copyreg.dispatch_table
        if self.proto >= 2:
            self._file_write(PROTO + bytes((self.proto,)))
        if self.proto >= 4:
            self._framer.start()
        self.save(obj)
        self.write(STOP)
        self._framer.end()

    def write(self, data):
        self._framer.write(data)

    # --- the memo ---------------------------------------------------------------------------

    def memoize(self, obj):
        if self.fast:
            return
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        if self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            return LONG_BINPUT + pack("<I", idx)
        return PUT + str(idx).encode("ascii") + b"\n"

    def get(self, idx):
        if self.bin:
            if idx < 256:
                return BINGET + bytes((idx,))
            return LONG_BINGET + pack("<I", idx)
        return GET + str(idx).encode("ascii") + b"\n"

    # --- the dispatcher ---------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        self._framer.boundary()
        if save_persistent_id and self._persistent_id is not None:
            pid = self._persistent_id(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self.write(NONE)
            return
        if t is bool:
            self.save_bool(obj)
            return
        if t is int:
            self.save_long(obj)
            return
        if t is float:
            self.save_float(obj)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        f = self._EXACT.get(t)
        if f is not None and (t is not bytearray or self.proto >= 5):
            f(self, obj)
            return
        if self._reducer_override is not None:
            rv = self._reducer_override(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return
        if t is type:
            self.save_type(obj)
            return
        if t is _FunctionType:
            self.save_global(obj)
            return
        reduce = self._dispatch.get(t)
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        elif t is bytearray:
            rv = (bytearray, (bytes(obj),) if obj else (), getattr(obj, "__dict__", None) or None)
        else:
            rv = copyreg._reduce_any(obj, self.proto)
        self._save_reduce_value(obj, rv)

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            # CPython writes str(pid) on the PERSID line
            try:
                self.write(PERSID + str(pid).encode("ascii") + b"\n")
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings") from None

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        name = getattr(func, "__name__", "")
        if self.proto >= 2 and name == "__newobj_ex__":
            cls, args, kwargs = args
            self._check_newobj_class(cls, obj, "__newobj_ex__")
            if self.proto >= 4:
                self.save(cls)
                self.save(args)
                self.save(kwargs)
                self.write(NEWOBJ_EX)
            else:
                import functools
                self.save(functools.partial(cls.__new__, cls, *args, **kwargs))
                self.save(())
                self.write(REDUCE)
        elif self.proto >= 2 and name == "__newobj__":
            if not args:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            self._check_newobj_class(cls, obj, "__newobj__")
            self.save(cls)
            self.save(args[1:])
            self.write(NEWOBJ)
        else:
            self.save(func)
            self.save(args)
            self.write(REDUCE)
        if obj is not None:
            x = self.memo.get(id(obj))
            if x is not None:
                # the object was built while saving its own arguments: use that one
                self.write(POP + self.get(x[0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                self.save(state)
                self.write(BUILD)
            else:
                self.save(state_setter)
                self.save(obj)
                self.save(state)
                self.write(TUPLE2 + REDUCE + POP)

    @staticmethod
    def _check_newobj_class(cls, obj, what):
        if not isinstance(cls, type):
            raise PicklingError("args[0] from %s args is not a type" % what)
        if obj is not None and cls is not obj.__class__:
            raise PicklingError("args[0] from %s args has the wrong class" % what)

    # --- atoms ------------------------------------------------------------------------------

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if not self.bin:
                self.write(INT + str(obj).encode("ascii") + b"\n")
            elif 0 <= obj <= 0xff:
                self.write(BININT1 + bytes((obj,)))
            elif 0 <= obj <= 0xffff:
                self.write(BININT2 + pack("<H", obj))
            else:
                self.write(BININT + pack("<i", obj))
            return
        if self.proto >= 2:
            data = _encode_long(obj)
            if len(data) < 256:
                self.write(LONG1 + bytes((len(data),)) + data)
            else:
                self.write(LONG4 + pack("<i", len(data)) + data)
            return
        self.write(LONG + repr(obj).encode("ascii") + b"L\n")

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack(">d", obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b"\n")

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                import _codecs
                self.save_reduce(_codecs.encode, (str(obj, "latin1"), "latin1"), obj=obj)
            return
        self._save_bytes_data(obj)

    def _save_bytes_data(self, data):
        n = len(data)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes((n,)) + bytes(data))
        elif n > 0xffffffff and self.proto >= 4:
            self._framer.write_large(BINBYTES8 + pack("<Q", n), data)
        else:
            self._framer.write_large(BINBYTES + pack("<I", n), data)
        self.memoize(data)

    def save_bytearray(self, obj):
        self._save_bytearray_data(obj, obj)

    def _save_bytearray_data(self, obj, data):
        self._framer.write_large(BYTEARRAY8 + pack("<Q", len(data)), data)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        view = obj.raw()
        # a false result from the callback means the callback took the buffer out of band
        in_band = self._buffer_callback is None or bool(self._buffer_callback(obj))
        if in_band:
            if view.readonly:
                self._save_bytes_data_for(obj, bytes(view))
            else:
                self._save_bytearray_data(obj, bytes(view))
        else:
            self.write(NEXT_BUFFER)
            if view.readonly:
                self.write(READONLY_BUFFER)

    def _save_bytes_data_for(self, obj, data):
        n = len(data)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + bytes((n,)) + data)
        else:
            self._framer.write_large(BINBYTES + pack("<I", n), data)
        self.memoize(obj)

    def save_str(self, obj):
        if self.bin:
            data = _utf8(obj)
            n = len(data)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + bytes((n,)) + data)
            elif n > 0xffffffff and self.proto >= 4:
                self._framer.write_large(BINUNICODE8 + pack("<Q", n), data)
            else:
                self._framer.write_large(BINUNICODE + pack("<I", n), data)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b"\n")
        self.memoize(obj)

    # --- containers -------------------------------------------------------------------------

    def save_tuple(self, obj):
        n = len(obj)
        if not n:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        if n <= 3 and self.proto >= 2:
            for item in obj:
                save(item)
            x = self.memo.get(id(obj))
            if x is not None:
                self.write(POP * n + self.get(x[0]))
            else:
                self.write(_TUPLE_N[n])
                self.memoize(obj)
            return
        self.write(MARK)
        for item in obj:
            save(item)
        x = self.memo.get(id(obj))
        if x is not None:
            # a recursive tuple: its items reached the tuple itself through a mutable container
            if self.bin:
                self.write(POP_MARK + self.get(x[0]))
            else:
                self.write(POP * (n + 1) + self.get(x[0]))
            return
        self.write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        self.write(EMPTY_LIST if self.bin else MARK + LIST)
        self.memoize(obj)
        if self.bin and len(obj) == 1:
            self.save(obj[0])
            self.write(APPEND)
        elif self.bin:
            self._batch_exact(obj, len(obj), APPENDS)
        else:
            self._batch_appends(iter(obj))

    def _batch_exact(self, items, n, op):
        save = self.save
        done = 0
        while done < n:
            self.write(MARK)
            for x in items[done:done + _BATCHSIZE]:
                save(x)
            done += _BATCHSIZE
            self.write(op)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            if len(batch) > 1:
                write(MARK)
                for x in batch:
                    save(x)
                write(APPENDS)
            elif batch:
                save(batch[0])
                write(APPEND)
            if len(batch) < _BATCHSIZE:
                return

    def save_dict(self, obj):
        self.write(EMPTY_DICT if self.bin else MARK + DICT)
        self.memoize(obj)
        if not obj:
            return
        if self.bin and len(obj) == 1:
            for k, v in obj.items():
                self.save(k)
                self.save(v)
            self.write(SETITEM)
        elif self.bin:
            self._batch_setitems(obj.items(), exact=True)
        else:
            self._batch_setitems(obj.items())

    def _batch_setitems(self, items, exact=False):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            batch = []
            for kv in it:
                batch.append(kv)
                if len(batch) == _BATCHSIZE:
                    break
            if exact:
                # CPython's batch_dict_exact: a full batch is always followed by another, maybe empty
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif len(batch) > 1:
                write(MARK)
                for k, v in batch:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif batch:
                k, v = batch[0]
                save(k)
                save(v)
                write(SETITEM)
            if len(batch) < _BATCHSIZE:
                return

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        self.write(EMPTY_SET)
        self.memoize(obj)
        items = list(obj)
        if not items:
            return
        # as CPython's save_set: a full batch is always followed by another, maybe empty
        for i in range(0, len(items) + 1, _BATCHSIZE):
            self.write(MARK)
            for x in items[i:i + _BATCHSIZE]:
                self.save(x)
            self.write(ADDITEMS)

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        self.write(MARK)
        for x in obj:
            self.save(x)
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(POP_MARK + self.get(x[0]))
            return
        self.write(FROZENSET)
        self.memoize(obj)

    # --- classes and functions --------------------------------------------------------------

    def save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        if obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        if obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        if name is None:
            name = getattr(obj, "__qualname__", None)
            if name is None:
                name = obj.__name__
        # CPython's module names are interned, so each is written once and then fetched from the memo
        module_name = self._module_names.setdefault(_whichmodule(obj, name), _whichmodule(obj, name))
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError):
            raise PicklingError("Can't pickle %r: import of module %r failed" % (obj, module_name)) from None
        dotted = name.split(".")
        if "<locals>" in dotted:
            raise AttributeError("Can't pickle local object %r" % name)
        try:
            obj2, parent = _getattribute(module, dotted)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = copyreg._extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    self.write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    self.write(EXT2 + pack("<H", code))
                else:
                    self.write(EXT4 + pack("<i", code))
                return
        lastname = dotted[-1]
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            self.write(STACK_GLOBAL)
        elif len(dotted) > 1:
            # protocols < 4 cannot name a nested object: rebuild it as getattr(parent, lastname)
            self.save_reduce(getattr, (parent, lastname))
        else:
            self._write_global(module_name, name)
        self.memoize(obj)

    def _write_global(self, module_name, name):
        if self.fix_imports:
            key = _PY3_NAME_TO_PY2.get((module_name, name))
            if key is not None:
                module_name, name = key
            else:
                module_name = _PY3_MODULE_TO_PY2.get(module_name, module_name)
        encoding = "utf-8" if self.proto >= 3 else "ascii"
        try:
            line = GLOBAL + module_name.encode(encoding) + b"\n" + name.encode(encoding) + b"\n"
        except UnicodeEncodeError:
            raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                % (module_name, name, self.proto)) from None
        self.write(line)

    _EXACT = {
        bytes: save_bytes,
        str: save_str,
        tuple: save_tuple,
        list: save_list,
        dict: save_dict,
        set: save_set,
        frozenset: save_frozenset,
        bytearray: save_bytearray,
        PickleBuffer: save_picklebuffer,
    }


def _f():
    pass


_FunctionType = type(_f)
_TUPLE_N = {1: TUPLE1, 2: TUPLE2, 3: TUPLE3}


def _getattribute(obj, dotted):
    parent = None
    for part in dotted:
        parent = obj
        obj = getattr(obj, part)
    return obj, parent


def _whichmodule(obj, name):
    module_name = getattr(obj, "__module__", None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == "__main__" or module is None:
            continue
        try:
            if _getattribute(module, name.split("."))[0] is obj:
                return module_name
        except AttributeError:
            pass
    return "__main__"


def _encode_long(x):
    """Little-endian two's complement in the fewest bytes (CPython: encode_long)."""
    if x == 0:
        return b""
    nbytes = (x.bit_length() >> 3) + 1
    data = x.to_bytes(nbytes, "little", signed=True)
    if x < 0 and nbytes > 1 and data[-1] == 0xff and (data[-2] & 0x80) != 0:
        data = data[:-1]
    return data


def _utf8(s):
    try:
        return s.encode("utf-8")
    except UnicodeEncodeError:
        return s.encode("utf-8", "surrogatepass")


# Protocol 0 strings are raw-unicode-escape with the characters that would end the line or be
# read as an escape written as \\uXXXX too.
_P0_ESCAPES = {"\\": b"\\u005c", "\0": b"\\u0000", "\n": b"\\u000a", "\r": b"\\u000d", "\x1a": b"\\u001a"}


def _raw_unicode_escape(s):
    out = bytearray()
    for ch in s:
        esc = _P0_ESCAPES.get(ch)
        if esc is not None:
            out += esc
            continue
        c = ord(ch)
        if c < 256:
            out.append(c)
        elif c < 0x10000:
            out += b"\\u%04x" % c
        else:
            out += b"\\U%08x" % c
    return bytes(out)

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
