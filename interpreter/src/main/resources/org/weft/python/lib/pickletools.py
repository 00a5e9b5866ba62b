"""pickletools: disassemble and optimize pickles (weft's own implementation).

genops() walks the opcodes, dis() prints them as CPython's does (positions, MARK indentation,
memo checks, 'highest protocol among opcodes'), optimize() drops PUTs that no GET uses.
The opcode table gives each opcode's argument format, stack effect and protocol, and the first
line of CPython's description (what dis(annotate=...) prints); the long descriptions are left out.
`python -m pickletools [-a] [-l N] [-m] [-o OUT] [-p PREAMBLE] FILE...` disassembles files.
"""
import codecs
import io
import pickle
import sys
from struct import unpack as _unpack

__all__ = ['dis', 'genops', 'optimize']

bytes_types = (bytes, bytearray)

UP_TO_NEWLINE = -1
TAKEN_FROM_ARGUMENT1 = -2   # num bytes is 1-byte unsigned int
TAKEN_FROM_ARGUMENT4 = -3   # num bytes is 4-byte signed little-endian int
TAKEN_FROM_ARGUMENT4U = -4  # num bytes is 4-byte unsigned little-endian int
TAKEN_FROM_ARGUMENT8U = -5  # num bytes is 8-byte unsigned little-endian int


class ArgumentDescriptor(object):
    __slots__ = ('name', 'n', 'reader', 'doc')

    def __init__(self, name, n, reader, doc):
        self.name, self.n, self.reader, self.doc = name, n, reader, doc


class StackObject(object):
    __slots__ = ('name', 'obtype', 'doc')

    def __init__(self, name, obtype, doc):
        self.name, self.obtype, self.doc = name, obtype, doc

    def __repr__(self):
        return self.name


class OpcodeInfo(object):
    __slots__ = ('name', 'code', 'arg', 'stack_before', 'stack_after', 'proto', 'doc')

    def __init__(self, name, code, arg, stack_before, stack_after, proto, doc):
        self.name, self.code, self.arg = name, code, arg
        self.stack_before, self.stack_after = stack_before, stack_after
        self.proto, self.doc = proto, doc


# -- argument readers: each reads its argument from a binary file and returns it -------------

def _fixed(n, fmt, what):
    def read(f):
        data = f.read(n)
        if len(data) == n:
            return _unpack(fmt, data)[0]
        raise ValueError("not enough data in stream to read " + what)
    read.__name__ = 'read_' + what
    return read


read_uint1 = _fixed(1, "<B", "uint1")
read_uint2 = _fixed(2, "<H", "uint2")
read_int4 = _fixed(4, "<i", "int4")
read_uint4 = _fixed(4, "<I", "uint4")
read_uint8 = _fixed(8, "<Q", "uint8")
read_float8 = _fixed(8, ">d", "float8")


def read_stringnl(f, decode=True, stripquotes=True):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read stringnl")
    data = data[:-1]
    if stripquotes:
        for q in (b'"', b"'"):
            if data.startswith(q):
                if not data.endswith(q):
                    # (sic) CPython's spelling
                    raise ValueError("strinq quote %r not found at both ends of %r" % (q, data))
                data = data[1:-1]
                break
        else:
            raise ValueError("no string quotes around %r" % data)
    if decode:
        data = codecs.escape_decode(data)[0].decode("ascii")
    return data


def read_stringnl_noescape(f):
    return read_stringnl(f, stripquotes=False)


def read_stringnl_noescape_pair(f):
    return "%s %s" % (read_stringnl_noescape(f), read_stringnl_noescape(f))


def _counted(size_reader, what, convert, signed=False):
    def read(f):
        n = size_reader(f)
        if signed and n < 0:
            raise ValueError("%s byte count < 0: %d" % (what, n))
        if n > sys.maxsize:
            raise ValueError("%s byte count > sys.maxsize: %d" % (what, n))
        data = f.read(n)
        if len(data) == n:
            return convert(data)
        raise ValueError("expected %d bytes in a %s, but only %d remain" % (n, what, len(data)))
    read.__name__ = 'read_' + what
    return read


def _latin1(b):
    return b.decode("latin-1")


def _utf8(b):
    return str(b, 'utf-8', 'surrogatepass')


read_string1 = _counted(read_uint1, "string1", _latin1)
read_string4 = _counted(read_int4, "string4", _latin1, signed=True)
read_bytes1 = _counted(read_uint1, "bytes1", bytes)
read_bytes4 = _counted(read_uint4, "bytes4", bytes)
read_bytes8 = _counted(read_uint8, "bytes8", bytes)
read_bytearray8 = _counted(read_uint8, "bytearray8", bytearray)
read_unicodestring1 = _counted(read_uint1, "unicodestring1", _utf8)
read_unicodestring4 = _counted(read_uint4, "unicodestring4", _utf8)
read_unicodestring8 = _counted(read_uint8, "unicodestring8", _utf8)


def read_unicodestringnl(f):
    data = f.readline()
    if not data.endswith(b'\n'):
        raise ValueError("no newline found when trying to read unicodestringnl")
    return str(data[:-1], 'raw-unicode-escape')


def read_decimalnl_short(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    # protocol 0 writes True and False as INT 01 and 00
    if s == b"00":
        return False
    elif s == b"01":
        return True
    return int(s)


def read_decimalnl_long(f):
    s = read_stringnl(f, decode=False, stripquotes=False)
    if s[-1:] == b'L':
        s = s[:-1]
    return int(s)


def read_floatnl(f):
    return float(read_stringnl(f, decode=False, stripquotes=False))


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def read_long1(f):
    n = read_uint1(f)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long1")
    return decode_long(data)


def read_long4(f):
    n = read_int4(f)
    if n < 0:
        raise ValueError("long4 byte count < 0: %d" % n)
    data = f.read(n)
    if len(data) != n:
        raise ValueError("not enough data in stream to read long4")
    return decode_long(data)


def _arg(name, n, doc):
    return ArgumentDescriptor(name, n, globals()['read_' + name], doc)


uint1 = _arg('uint1', 1, "One-byte unsigned integer.")
uint2 = _arg('uint2', 2, "Two-byte unsigned integer, little-endian.")
int4 = _arg('int4', 4, "Four-byte signed integer, little-endian, 2's complement.")
uint4 = _arg('uint4', 4, "Four-byte unsigned integer, little-endian.")
uint8 = _arg('uint8', 8, "Eight-byte unsigned integer, little-endian.")
stringnl = _arg('stringnl', UP_TO_NEWLINE, "A newline-terminated string.")
stringnl_noescape = _arg('stringnl_noescape', UP_TO_NEWLINE, "A newline-terminated string.")
stringnl_noescape_pair = _arg('stringnl_noescape_pair', UP_TO_NEWLINE, "A pair of newline-terminated strings.")
string1 = _arg('string1', TAKEN_FROM_ARGUMENT1, "A counted string.")
string4 = _arg('string4', TAKEN_FROM_ARGUMENT4, "A counted string.")
bytes1 = _arg('bytes1', TAKEN_FROM_ARGUMENT1, "A counted bytes string.")
bytes4 = _arg('bytes4', TAKEN_FROM_ARGUMENT4U, "A counted bytes string.")
bytes8 = _arg('bytes8', TAKEN_FROM_ARGUMENT8U, "A counted bytes string.")
bytearray8 = _arg('bytearray8', TAKEN_FROM_ARGUMENT8U, "A counted bytearray.")
unicodestringnl = _arg('unicodestringnl', UP_TO_NEWLINE, "A newline-terminated Unicode string.")
unicodestring1 = _arg('unicodestring1', TAKEN_FROM_ARGUMENT1, "A counted Unicode string.")
unicodestring4 = _arg('unicodestring4', TAKEN_FROM_ARGUMENT4U, "A counted Unicode string.")
unicodestring8 = _arg('unicodestring8', TAKEN_FROM_ARGUMENT8U, "A counted Unicode string.")
decimalnl_short = _arg('decimalnl_short', UP_TO_NEWLINE, "A newline-terminated decimal integer literal.")
decimalnl_long = _arg('decimalnl_long', UP_TO_NEWLINE, "A newline-terminated decimal integer literal.")
floatnl = _arg('floatnl', UP_TO_NEWLINE, "A newline-terminated decimal floating literal.")
float8 = _arg('float8', 8, "An 8-byte binary representation of a float, big-endian.")
long1 = _arg('long1', TAKEN_FROM_ARGUMENT1, "A binary long, little-endian, using 1-byte size.")
long4 = _arg('long4', TAKEN_FROM_ARGUMENT4, "A binary representation of a long, little-endian.")

# -- what the stack holds ---------------------------------------------------------------------

pyint = pylong = StackObject('int', int, "A Python integer object.")
pyinteger_or_bool = StackObject('int_or_bool', (int, bool), "A Python integer or boolean object.")
pybool = StackObject('bool', bool, "A Python boolean object.")
pyfloat = StackObject('float', float, "A Python float object.")
pybytes_or_str = pystring = StackObject('bytes_or_str', (bytes, str), "A Python bytes or (Unicode) string object.")
pybytes = StackObject('bytes', bytes, "A Python bytes object.")
pybytearray = StackObject('bytearray', bytearray, "A Python bytearray object.")
pyunicode = StackObject('str', str, "A Python (Unicode) string object.")
pynone = StackObject('None', type(None), "The Python None object.")
pytuple = StackObject('tuple', tuple, "A Python tuple object.")
pylist = StackObject('list', list, "A Python list object.")
pydict = StackObject('dict', dict, "A Python dict object.")
pyset = StackObject('set', set, "A Python set object.")
pyfrozenset = StackObject('frozenset', set, "A Python frozenset object.")
pybuffer = StackObject('buffer', object, "A Python buffer-like object.")
anyobject = StackObject('any', object, "Any kind of object whatsoever.")
markobject = StackObject('mark', StackObject, "'The mark' is a unique object.")
stackslice = StackObject('stackslice', StackObject,
                         "An object representing a contiguous slice of the stack.")

# -- the opcodes: name, code, argument, stack before, stack after, protocol, description -----

_S = {'int': pyint, 'int_or_bool': pyinteger_or_bool, 'bool': pybool, 'float': pyfloat,
      'bytes_or_str': pybytes_or_str, 'bytes': pybytes, 'bytearray': pybytearray, 'str': pyunicode,
      'None': pynone, 'tuple': pytuple, 'list': pylist, 'dict': pydict, 'set': pyset,
      'frozenset': pyfrozenset, 'buffer': pybuffer, 'any': anyobject, 'mark': markobject,
      'stackslice': stackslice}
_PUT_DOC = 'Store the stack top into the memo.  The stack is not popped.'
_GET_DOC = 'Read an object from the memo and push it on the stack.'
_STR_DOC = 'Push a Python string object.'
_BYTES_DOC = 'Push a Python bytes object.'
_USTR_DOC = 'Push a Python Unicode string object.'
_TABLE = [
    ('INT', 'I', decimalnl_short, '', 'int_or_bool', 0, 'Push an integer or bool.'),
    ('BININT', 'J', int4, '', 'int', 1, 'Push a four-byte signed integer.'),
    ('BININT1', 'K', uint1, '', 'int', 1, 'Push a one-byte unsigned integer.'),
    ('BININT2', 'M', uint2, '', 'int', 1, 'Push a two-byte unsigned integer.'),
    ('LONG', 'L', decimalnl_long, '', 'int', 0, 'Push a long integer.'),
    ('LONG1', '\x8a', long1, '', 'int', 2, 'Long integer using one-byte length.'),
    # (sic) 'found-byte': CPython's text
    ('LONG4', '\x8b', long4, '', 'int', 2, 'Long integer using found-byte length.'),
    ('STRING', 'S', stringnl, '', 'bytes_or_str', 0, _STR_DOC),
    ('BINSTRING', 'T', string4, '', 'bytes_or_str', 1, _STR_DOC),
    ('SHORT_BINSTRING', 'U', string1, '', 'bytes_or_str', 1, _STR_DOC),
    ('BINBYTES', 'B', bytes4, '', 'bytes', 3, _BYTES_DOC),
    ('SHORT_BINBYTES', 'C', bytes1, '', 'bytes', 3, _BYTES_DOC),
    ('BINBYTES8', '\x8e', bytes8, '', 'bytes', 4, _BYTES_DOC),
    ('BYTEARRAY8', '\x96', bytearray8, '', 'bytearray', 5, 'Push a Python bytearray object.'),
    ('NEXT_BUFFER', '\x97', None, '', 'buffer', 5, 'Push an out-of-band buffer object.'),
    ('READONLY_BUFFER', '\x98', None, 'buffer', 'buffer', 5, 'Make an out-of-band buffer object read-only.'),
    ('NONE', 'N', None, '', 'None', 0, 'Push None on the stack.'),
    ('NEWTRUE', '\x88', None, '', 'bool', 2, 'Push True onto the stack.'),
    ('NEWFALSE', '\x89', None, '', 'bool', 2, 'Push False onto the stack.'),
    ('UNICODE', 'V', unicodestringnl, '', 'str', 0, _USTR_DOC),
    ('SHORT_BINUNICODE', '\x8c', unicodestring1, '', 'str', 4, _USTR_DOC),
    ('BINUNICODE', 'X', unicodestring4, '', 'str', 1, _USTR_DOC),
    ('BINUNICODE8', '\x8d', unicodestring8, '', 'str', 4, _USTR_DOC),
    ('FLOAT', 'F', floatnl, '', 'float', 0, 'Newline-terminated decimal float literal.'),
    ('BINFLOAT', 'G', float8, '', 'float', 1, 'Float stored in binary form, with 8 bytes of data.'),
    ('EMPTY_LIST', ']', None, '', 'list', 1, 'Push an empty list.'),
    ('APPEND', 'a', None, 'list any', 'list', 0, 'Append an object to a list.'),
    ('APPENDS', 'e', None, 'list mark stackslice', 'list', 1, 'Extend a list by a slice of stack objects.'),
    ('LIST', 'l', None, 'mark stackslice', 'list', 0,
     'Build a list out of the topmost stack slice, after markobject.'),
    ('EMPTY_TUPLE', ')', None, '', 'tuple', 1, 'Push an empty tuple.'),
    ('TUPLE', 't', None, 'mark stackslice', 'tuple', 0,
     'Build a tuple out of the topmost stack slice, after markobject.'),
    ('TUPLE1', '\x85', None, 'any', 'tuple', 2, 'Build a one-tuple out of the topmost item on the stack.'),
    ('TUPLE2', '\x86', None, 'any any', 'tuple', 2,
     'Build a two-tuple out of the top two items on the stack.'),
    ('TUPLE3', '\x87', None, 'any any any', 'tuple', 2,
     'Build a three-tuple out of the top three items on the stack.'),
    ('EMPTY_DICT', '}', None, '', 'dict', 1, 'Push an empty dict.'),
    ('DICT', 'd', None, 'mark stackslice', 'dict', 0,
     'Build a dict out of the topmost stack slice, after markobject.'),
    ('SETITEM', 's', None, 'dict any any', 'dict', 0, 'Add a key+value pair to an existing dict.'),
    ('SETITEMS', 'u', None, 'dict mark stackslice', 'dict', 1,
     'Add an arbitrary number of key+value pairs to an existing dict.'),
    ('EMPTY_SET', '\x8f', None, '', 'set', 4, 'Push an empty set.'),
    ('ADDITEMS', '\x90', None, 'set mark stackslice', 'set', 4,
     'Add an arbitrary number of items to an existing set.'),
    ('FROZENSET', '\x91', None, 'mark stackslice', 'frozenset', 4,
     'Build a frozenset out of the topmost slice, after markobject.'),
    ('POP', '0', None, 'any', '', 0, 'Discard the top stack item, shrinking the stack by one item.'),
    ('DUP', '2', None, 'any', 'any any', 0, 'Push the top stack item onto the stack again, duplicating it.'),
    ('MARK', '(', None, '', 'mark', 0, 'Push markobject onto the stack.'),
    ('POP_MARK', '1', None, 'mark stackslice', '', 1,
     'Pop all the stack objects at and above the topmost markobject.'),
    ('GET', 'g', decimalnl_short, '', 'any', 0, _GET_DOC),
    ('BINGET', 'h', uint1, '', 'any', 1, _GET_DOC),
    ('LONG_BINGET', 'j', uint4, '', 'any', 1, _GET_DOC),
    ('PUT', 'p', decimalnl_short, '', '', 0, _PUT_DOC),
    ('BINPUT', 'q', uint1, '', '', 1, _PUT_DOC),
    ('LONG_BINPUT', 'r', uint4, '', '', 1, _PUT_DOC),
    ('MEMOIZE', '\x94', None, 'any', 'any', 4, _PUT_DOC),
    ('EXT1', '\x82', uint1, '', 'any', 2, 'Extension code.'),
    ('EXT2', '\x83', uint2, '', 'any', 2, 'Extension code.'),
    ('EXT4', '\x84', int4, '', 'any', 2, 'Extension code.'),
    ('GLOBAL', 'c', stringnl_noescape_pair, '', 'any', 0, 'Push a global object (module.attr) on the stack.'),
    ('STACK_GLOBAL', '\x93', None, 'str str', 'any', 4, 'Push a global object (module.attr) on the stack.'),
    ('REDUCE', 'R', None, 'any any', 'any', 0, 'Push an object built from a callable and an argument tuple.'),
    ('BUILD', 'b', None, 'any any', 'any', 0, 'Finish building an object, via __setstate__ or dict update.'),
    ('INST', 'i', stringnl_noescape_pair, 'mark stackslice', 'any', 0, 'Build a class instance.'),
    ('OBJ', 'o', None, 'mark any stackslice', 'any', 1, 'Build a class instance.'),
    ('NEWOBJ', '\x81', None, 'any any', 'any', 2, 'Build an object instance.'),
    ('NEWOBJ_EX', '\x92', None, 'any any any', 'any', 4, 'Build an object instance.'),
    ('PROTO', '\x80', uint1, '', '', 2, 'Protocol version indicator.'),
    ('STOP', '.', None, 'any', '', 0, 'Stop the unpickling machine.'),
    ('FRAME', '\x95', uint8, '', '', 4, 'Indicate the beginning of a new frame.'),
    ('PERSID', 'P', stringnl_noescape, '', 'any', 0, 'Push an object identified by a persistent ID.'),
    ('BINPERSID', 'Q', None, 'any', 'any', 1, 'Push an object identified by a persistent ID.'),
]
opcodes = [OpcodeInfo(name, code, arg, [_S[s] for s in before.split()], [_S[s] for s in after.split()],
                      proto, doc)
           for name, code, arg, before, after, proto, doc in _TABLE]
del _TABLE
code2op = {d.code: d for d in opcodes}


def _genops(data, yield_end_pos=False):
    if isinstance(data, bytes_types):
        data = io.BytesIO(data)
    getpos = data.tell if hasattr(data, "tell") else (lambda: None)
    while True:
        pos = getpos()
        code = data.read(1)
        opcode = code2op.get(code.decode("latin-1"))
        if opcode is None:
            if code == b"":
                raise ValueError("pickle exhausted before seeing STOP")
            raise ValueError("at position %s, opcode %r unknown" % (
                "<unknown>" if pos is None else pos, code))
        arg = None if opcode.arg is None else opcode.arg.reader(data)
        if yield_end_pos:
            yield opcode, arg, pos, getpos()
        else:
            yield opcode, arg, pos
        if code == b'.':
            break


def genops(pickle):
    """Generate (opcode, arg, pos) for each opcode of a pickle (bytes or a binary file), up to STOP."""
    return _genops(pickle)


class _Framer:
    """Protocol 4 framing of optimize()'s output, as pickle's framer does it: FRAME + 8-byte length
    before each frame of at least 4 bytes, frames of about 64 KiB, big items outside frames."""
    TARGET = 64 * 1024

    def __init__(self, out):
        self.out = out
        self.frame = bytearray()

    def commit(self, force=False):
        if self.frame and (force or len(self.frame) >= self.TARGET):
            if len(self.frame) >= 4:
                self.out.write(pickle.FRAME + len(self.frame).to_bytes(8, 'little'))
            self.out.write(self.frame)
            self.frame = bytearray()


def _put(idx, proto):
    if proto >= 4:
        return pickle.MEMOIZE
    if proto >= 1:
        return pickle.BINPUT + bytes([idx]) if idx < 256 else pickle.LONG_BINPUT + idx.to_bytes(4, 'little')
    return pickle.PUT + repr(idx).encode("ascii") + b'\n'


def _get(idx, proto):
    if proto >= 1:
        return pickle.BINGET + bytes([idx]) if idx < 256 else pickle.LONG_BINGET + idx.to_bytes(4, 'little')
    return pickle.GET + repr(idx).encode("ascii") + b'\n'


def optimize(p):
    'Optimize a pickle string by removing unused PUT opcodes'
    oldids = set()      # every memo index a PUT or MEMOIZE defined
    newids = {}         # the indices some GET reads -> their new index
    ops = []            # ('put', idx), ('get', idx) or (start, end) of an opcode kept as is
    proto = 0
    protoheader = b''
    for opcode, arg, pos, end_pos in _genops(p, yield_end_pos=True):
        if 'PUT' in opcode.name:
            oldids.add(arg)
            ops.append(('put', arg))
        elif opcode.name == 'MEMOIZE':
            idx = len(oldids)
            oldids.add(idx)
            ops.append(('put', idx))
        elif 'FRAME' in opcode.name:
            pass
        elif 'GET' in opcode.name:
            proto = max(proto, opcode.proto)
            newids[arg] = None
            ops.append(('get', arg))
        elif opcode.name == 'PROTO':
            proto = max(proto, arg)
            if pos == 0:
                protoheader = p[pos:end_pos]
            else:
                ops.append((pos, end_pos))
        else:
            ops.append((pos, end_pos))
    out = io.BytesIO()
    out.write(protoheader)
    framer = _Framer(out) if proto >= 4 else None
    idx = 0
    for op, arg in ops:
        big = False
        if op == 'put':
            if arg not in newids:
                continue
            data = _put(idx, proto)
            newids[arg] = idx
            idx += 1
        elif op == 'get':
            data = _get(newids[arg], proto)
        else:
            data = p[op:arg]
            big = len(data) > _Framer.TARGET
        if framer is None:
            out.write(data)
            continue
        framer.commit(force=big)
        if big:
            out.write(data)
        else:
            framer.frame += data
    if framer is not None:
        framer.commit(force=True)
    return out.getvalue()


def dis(pickle, out=None, memo=None, indentlevel=4, annotate=0):
    """Print a symbolic disassembly of a pickle (bytes or a binary file), checking as it goes
    that marks, pops and memo entries make sense; ValueError at the first that does not."""
    stack = []          # what the unpickler's stack would hold, as StackObjects
    if memo is None:
        memo = {}
    maxproto = -1
    markstack = []      # positions of the open MARKs
    indentchunk = ' ' * indentlevel
    errormsg = None
    annocol = annotate
    for opcode, arg, pos in genops(pickle):
        if pos is not None:
            print("%5d:" % pos, end=' ', file=out)
        line = "%-4s %s%s" % (repr(opcode.code)[1:-1], indentchunk * len(markstack), opcode.name)
        maxproto = max(maxproto, opcode.proto)
        before = opcode.stack_before
        after = opcode.stack_after
        numtopop = len(before)

        markmsg = None
        if markobject in before or (opcode.name == "POP" and stack and stack[-1] is markobject):
            if markstack:
                markpos = markstack.pop()
                markmsg = ("(MARK at unknown opcode offset)" if markpos is None
                           else "(MARK at %d)" % markpos)
                while stack[-1] is not markobject:
                    stack.pop()
                stack.pop()
                # what lies below the mark is still to pop
                numtopop = before.index(markobject) if markobject in before else 0
            else:
                errormsg = markmsg = "no MARK exists on stack"

        if opcode.name in ("PUT", "BINPUT", "LONG_BINPUT", "MEMOIZE"):
            if opcode.name == "MEMOIZE":
                memo_idx = len(memo)
                markmsg = "(as %d)" % memo_idx
            else:
                memo_idx = arg
            if memo_idx in memo:
                errormsg = "memo key %r already defined" % arg
            elif not stack:
                errormsg = "stack is empty -- can't store into memo"
            elif stack[-1] is markobject:
                errormsg = "can't store markobject in the memo"
            else:
                memo[memo_idx] = stack[-1]
        elif opcode.name in ("GET", "BINGET", "LONG_BINGET"):
            if arg in memo:
                after = [memo[arg]]
            else:
                errormsg = "memo key %r has never been stored into" % arg

        if arg is not None or markmsg:
            line += ' ' * (10 - len(opcode.name))
            if arg is not None:
                line += ' ' + repr(arg)
            if markmsg:
                line += ' ' + markmsg
        if annotate:
            line += ' ' * (annocol - len(line))
            annocol = len(line)
            if annocol > 50:
                annocol = annotate
            line += ' ' + opcode.doc.split('\n', 1)[0]
        print(line, file=out)

        if errormsg:
            raise ValueError(errormsg)
        if len(stack) < numtopop:
            raise ValueError("tries to pop %d items from stack with only %d items"
                             % (numtopop, len(stack)))
        if numtopop:
            del stack[-numtopop:]
        if markobject in after:
            markstack.append(pos)
        stack.extend(after)

    print("highest protocol among opcodes =", maxproto, file=out)
    if stack:
        raise ValueError("stack not empty after STOP: %r" % stack)


def _main():
    import argparse
    parser = argparse.ArgumentParser(description='disassemble one or more pickle files')
    parser.add_argument('pickle_file', type=argparse.FileType('br'), nargs='*', help='the pickle file')
    parser.add_argument('-o', '--output', default=sys.stdout, type=argparse.FileType('w'),
                        help='the file where the output should be written')
    parser.add_argument('-m', '--memo', action='store_true', help='preserve memo between disassemblies')
    parser.add_argument('-l', '--indentlevel', default=4, type=int,
                        help='the number of blanks by which to indent a new MARK level')
    parser.add_argument('-a', '--annotate', action='store_true',
                        help='annotate each line with a short opcode description')
    parser.add_argument('-p', '--preamble', default="==> {name} <==",
                        help='if more than one pickle file is specified, print this before each disassembly')
    parser.add_argument('-t', '--test', action='store_true', help='run self-test suite')
    parser.add_argument('-v', action='store_true', help='run verbosely; only affects self-test run')
    args = parser.parse_args()
    if args.test:
        # CPython runs this module's doctests; weft's module has none, so there is nothing to fail
        return
    annotate = 30 if args.annotate else 0
    if not args.pickle_file:
        parser.print_help()
    elif len(args.pickle_file) == 1:
        dis(args.pickle_file[0], args.output, None, args.indentlevel, annotate)
    else:
        memo = {} if args.memo else None
        for f in args.pickle_file:
            args.output.write(args.preamble.format(name=f.name) + '\n')
            dis(f, args.output, memo, args.indentlevel, annotate)


if __name__ == "__main__":
    _main()
