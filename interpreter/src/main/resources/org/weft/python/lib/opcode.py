"""opcode: the names and numbers of CPython 3.11's bytecode instructions (written for Weft).

Weft compiles Python to a tree of executable nodes, not to bytecode, so these tables describe
CPython's instruction set, for programs and tools (dis listings, bytecode analysers) that name
opcodes; stack_effect answers from a table of CPython 3.11's stack effects.
"""

__all__ = ["cmp_op", "hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare",
           "hasfree", "opname", "opmap", "HAVE_ARGUMENT", "EXTENDED_ARG", "hasnargs", "stack_effect"]

cmp_op = ('<', '<=', '==', '!=', '>', '>=')

HAVE_ARGUMENT = 90  # opcodes from here on take an argument
EXTENDED_ARG = 144

opmap = {
    'CACHE': 0, 'POP_TOP': 1, 'PUSH_NULL': 2, 'NOP': 9, 'UNARY_POSITIVE': 10, 'UNARY_NEGATIVE': 11,
    'UNARY_NOT': 12, 'UNARY_INVERT': 15, 'BINARY_SUBSCR': 25, 'GET_LEN': 30, 'MATCH_MAPPING': 31,
    'MATCH_SEQUENCE': 32, 'MATCH_KEYS': 33, 'PUSH_EXC_INFO': 35, 'CHECK_EXC_MATCH': 36,
    'CHECK_EG_MATCH': 37, 'WITH_EXCEPT_START': 49, 'GET_AITER': 50, 'GET_ANEXT': 51,
    'BEFORE_ASYNC_WITH': 52, 'BEFORE_WITH': 53, 'END_ASYNC_FOR': 54, 'STORE_SUBSCR': 60,
    'DELETE_SUBSCR': 61, 'GET_ITER': 68, 'GET_YIELD_FROM_ITER': 69, 'PRINT_EXPR': 70,
    'LOAD_BUILD_CLASS': 71, 'LOAD_ASSERTION_ERROR': 74, 'RETURN_GENERATOR': 75,
    'LIST_TO_TUPLE': 82, 'RETURN_VALUE': 83, 'IMPORT_STAR': 84, 'SETUP_ANNOTATIONS': 85,
    'YIELD_VALUE': 86, 'ASYNC_GEN_WRAP': 87, 'PREP_RERAISE_STAR': 88, 'POP_EXCEPT': 89,
    'STORE_NAME': 90, 'DELETE_NAME': 91, 'UNPACK_SEQUENCE': 92, 'FOR_ITER': 93, 'UNPACK_EX': 94,
    'STORE_ATTR': 95, 'DELETE_ATTR': 96, 'STORE_GLOBAL': 97, 'DELETE_GLOBAL': 98, 'SWAP': 99,
    'LOAD_CONST': 100, 'LOAD_NAME': 101, 'BUILD_TUPLE': 102, 'BUILD_LIST': 103, 'BUILD_SET': 104,
    'BUILD_MAP': 105, 'LOAD_ATTR': 106, 'COMPARE_OP': 107, 'IMPORT_NAME': 108, 'IMPORT_FROM': 109,
    'JUMP_FORWARD': 110, 'JUMP_IF_FALSE_OR_POP': 111, 'JUMP_IF_TRUE_OR_POP': 112,
    'POP_JUMP_FORWARD_IF_FALSE': 114, 'POP_JUMP_FORWARD_IF_TRUE': 115, 'LOAD_GLOBAL': 116,
    'IS_OP': 117, 'CONTAINS_OP': 118, 'RERAISE': 119, 'COPY': 120, 'BINARY_OP': 122, 'SEND': 123,
    'LOAD_FAST': 124, 'STORE_FAST': 125, 'DELETE_FAST': 126, 'POP_JUMP_FORWARD_IF_NOT_NONE': 128,
    'POP_JUMP_FORWARD_IF_NONE': 129, 'RAISE_VARARGS': 130, 'GET_AWAITABLE': 131,
    'MAKE_FUNCTION': 132, 'BUILD_SLICE': 133, 'JUMP_BACKWARD_NO_INTERRUPT': 134, 'MAKE_CELL': 135,
    'LOAD_CLOSURE': 136, 'LOAD_DEREF': 137, 'STORE_DEREF': 138, 'DELETE_DEREF': 139,
    'JUMP_BACKWARD': 140, 'CALL_FUNCTION_EX': 142, 'EXTENDED_ARG': 144, 'LIST_APPEND': 145,
    'SET_ADD': 146, 'MAP_ADD': 147, 'LOAD_CLASSDEREF': 148, 'COPY_FREE_VARS': 149, 'RESUME': 151,
    'MATCH_CLASS': 152, 'FORMAT_VALUE': 155, 'BUILD_CONST_KEY_MAP': 156, 'BUILD_STRING': 157,
    'LOAD_METHOD': 160, 'LIST_EXTEND': 162, 'SET_UPDATE': 163, 'DICT_MERGE': 164,
    'DICT_UPDATE': 165, 'PRECALL': 166, 'CALL': 171, 'KW_NAMES': 172,
    'POP_JUMP_BACKWARD_IF_NOT_NONE': 173, 'POP_JUMP_BACKWARD_IF_NONE': 174,
    'POP_JUMP_BACKWARD_IF_FALSE': 175, 'POP_JUMP_BACKWARD_IF_TRUE': 176,
}

opname = ['<%r>' % (op,) for op in range(256)]
for _name, _op in opmap.items():
    opname[_op] = _name
del _name, _op

hasconst = [100, 172]
hasname = [90, 91, 95, 96, 97, 98, 101, 106, 108, 109, 116, 160]
hasjrel = [93, 110, 111, 112, 114, 115, 123, 128, 129, 134, 140, 173, 174, 175, 176]
hasjabs = []
haslocal = [124, 125, 126]
hascompare = [107]
hasfree = [135, 136, 137, 138, 139, 148]
hasnargs = []

_nb_ops = [('NB_ADD', '+'), ('NB_AND', '&'), ('NB_FLOOR_DIVIDE', '//'), ('NB_LSHIFT', '<<'), ('NB_MATRIX_MULTIPLY', '@'), ('NB_MULTIPLY', '*'), ('NB_REMAINDER', '%'), ('NB_OR', '|'), ('NB_POWER', '**'), ('NB_RSHIFT', '>>'), ('NB_SUBTRACT', '-'), ('NB_TRUE_DIVIDE', '/'), ('NB_XOR', '^'), ('NB_INPLACE_ADD', '+='), ('NB_INPLACE_AND', '&='), ('NB_INPLACE_FLOOR_DIVIDE', '//='), ('NB_INPLACE_LSHIFT', '<<='), ('NB_INPLACE_MATRIX_MULTIPLY', '@='), ('NB_INPLACE_MULTIPLY', '*='), ('NB_INPLACE_REMAINDER', '%='), ('NB_INPLACE_OR', '|='), ('NB_INPLACE_POWER', '**='), ('NB_INPLACE_RSHIFT', '>>='), ('NB_INPLACE_SUBTRACT', '-='), ('NB_INPLACE_TRUE_DIVIDE', '/='), ('NB_INPLACE_XOR', '^=')]

_specializations = {

    'BINARY_OP': ['BINARY_OP_ADAPTIVE', 'BINARY_OP_ADD_FLOAT', 'BINARY_OP_ADD_INT', 'BINARY_OP_ADD_UNICODE', 'BINARY_OP_INPLACE_ADD_UNICODE', 'BINARY_OP_MULTIPLY_FLOAT', 'BINARY_OP_MULTIPLY_INT', 'BINARY_OP_SUBTRACT_FLOAT', 'BINARY_OP_SUBTRACT_INT'],
    'BINARY_SUBSCR': ['BINARY_SUBSCR_ADAPTIVE', 'BINARY_SUBSCR_DICT', 'BINARY_SUBSCR_GETITEM', 'BINARY_SUBSCR_LIST_INT', 'BINARY_SUBSCR_TUPLE_INT'],
    'CALL': ['CALL_ADAPTIVE', 'CALL_PY_EXACT_ARGS', 'CALL_PY_WITH_DEFAULTS'],
    'COMPARE_OP': ['COMPARE_OP_ADAPTIVE', 'COMPARE_OP_FLOAT_JUMP', 'COMPARE_OP_INT_JUMP', 'COMPARE_OP_STR_JUMP'],
    'EXTENDED_ARG': ['EXTENDED_ARG_QUICK'], 'JUMP_BACKWARD': ['JUMP_BACKWARD_QUICK'],
    'LOAD_ATTR': ['LOAD_ATTR_ADAPTIVE', 'LOAD_ATTR_INSTANCE_VALUE', 'LOAD_ATTR_MODULE', 'LOAD_ATTR_SLOT', 'LOAD_ATTR_WITH_HINT'],
    'LOAD_CONST': ['LOAD_CONST__LOAD_FAST'],
    'LOAD_FAST': ['LOAD_FAST__LOAD_CONST', 'LOAD_FAST__LOAD_FAST'],
    'LOAD_GLOBAL': ['LOAD_GLOBAL_ADAPTIVE', 'LOAD_GLOBAL_BUILTIN', 'LOAD_GLOBAL_MODULE'],
    'LOAD_METHOD': ['LOAD_METHOD_ADAPTIVE', 'LOAD_METHOD_CLASS', 'LOAD_METHOD_MODULE', 'LOAD_METHOD_NO_DICT', 'LOAD_METHOD_WITH_DICT', 'LOAD_METHOD_WITH_VALUES'],
    'PRECALL': ['PRECALL_ADAPTIVE', 'PRECALL_BOUND_METHOD', 'PRECALL_BUILTIN_CLASS', 'PRECALL_BUILTIN_FAST_WITH_KEYWORDS', 'PRECALL_METHOD_DESCRIPTOR_FAST_WITH_KEYWORDS', 'PRECALL_NO_KW_BUILTIN_FAST', 'PRECALL_NO_KW_BUILTIN_O', 'PRECALL_NO_KW_ISINSTANCE', 'PRECALL_NO_KW_LEN', 'PRECALL_NO_KW_LIST_APPEND', 'PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST', 'PRECALL_NO_KW_METHOD_DESCRIPTOR_NOARGS', 'PRECALL_NO_KW_METHOD_DESCRIPTOR_O', 'PRECALL_NO_KW_STR_1', 'PRECALL_NO_KW_TUPLE_1', 'PRECALL_NO_KW_TYPE_1', 'PRECALL_PYFUNC'],
    'RESUME': ['RESUME_QUICK'],
    'STORE_ATTR': ['STORE_ATTR_ADAPTIVE', 'STORE_ATTR_INSTANCE_VALUE', 'STORE_ATTR_SLOT', 'STORE_ATTR_WITH_HINT'],
    'STORE_FAST': ['STORE_FAST__LOAD_FAST', 'STORE_FAST__STORE_FAST'],
    'STORE_SUBSCR': ['STORE_SUBSCR_ADAPTIVE', 'STORE_SUBSCR_DICT', 'STORE_SUBSCR_LIST_INT'],
    'UNPACK_SEQUENCE': ['UNPACK_SEQUENCE_ADAPTIVE', 'UNPACK_SEQUENCE_LIST', 'UNPACK_SEQUENCE_TUPLE', 'UNPACK_SEQUENCE_TWO_TUPLE'],
}
_specialized_instructions = [name for family in _specializations.values() for name in family]
_specialization_stats = ['success', 'failure', 'hit', 'deferred', 'miss', 'deopt']

_cache_format = {'LOAD_GLOBAL': {'counter': 1, 'index': 1, 'module_keys_version': 2, 'builtin_keys_version': 1}, 'BINARY_OP': {'counter': 1}, 'UNPACK_SEQUENCE': {'counter': 1}, 'COMPARE_OP': {'counter': 1, 'mask': 1}, 'BINARY_SUBSCR': {'counter': 1, 'type_version': 2, 'func_version': 1}, 'LOAD_ATTR': {'counter': 1, 'version': 2, 'index': 1}, 'STORE_ATTR': {'counter': 1, 'version': 2, 'index': 1}, 'LOAD_METHOD': {'counter': 1, 'type_version': 2, 'dict_offset': 1, 'keys_version': 2, 'descr': 4}, 'CALL': {'counter': 1, 'func_version': 2, 'min_args': 1}, 'PRECALL': {'counter': 1}, 'STORE_SUBSCR': {'counter': 1}}

_inline_cache_entries = [sum(_cache_format.get(opname[op], {}).values()) for op in range(256)]

# CPython 3.11's stack effects: per opcode, for jump=None, True and False, the effect (no
# argument) or (effect at oparg 0, change per unit of oparg); the few that are not linear in
# oparg are worked out in stack_effect
_stack_effects = {
    'CACHE': (0, 0, 0), 'POP_TOP': (-1, -1, -1), 'PUSH_NULL': (1, 1, 1), 'NOP': (0, 0, 0),
    'UNARY_POSITIVE': (0, 0, 0), 'UNARY_NEGATIVE': (0, 0, 0), 'UNARY_NOT': (0, 0, 0),
    'UNARY_INVERT': (0, 0, 0), 'BINARY_SUBSCR': (-1, -1, -1), 'GET_LEN': (1, 1, 1),
    'MATCH_MAPPING': (1, 1, 1), 'MATCH_SEQUENCE': (1, 1, 1), 'MATCH_KEYS': (1, 1, 1),
    'PUSH_EXC_INFO': (1, 1, 1), 'CHECK_EXC_MATCH': (0, 0, 0), 'CHECK_EG_MATCH': (0, 0, 0),
    'WITH_EXCEPT_START': (1, 1, 1), 'GET_AITER': (0, 0, 0), 'GET_ANEXT': (1, 1, 1),
    'BEFORE_ASYNC_WITH': (1, 1, 1), 'BEFORE_WITH': (1, 1, 1), 'END_ASYNC_FOR': (-2, -2, -2),
    'STORE_SUBSCR': (-3, -3, -3), 'DELETE_SUBSCR': (-2, -2, -2), 'GET_ITER': (0, 0, 0),
    'GET_YIELD_FROM_ITER': (0, 0, 0), 'PRINT_EXPR': (-1, -1, -1), 'LOAD_BUILD_CLASS': (1, 1, 1),
    'LOAD_ASSERTION_ERROR': (1, 1, 1), 'RETURN_GENERATOR': (0, 0, 0), 'LIST_TO_TUPLE': (0, 0, 0),
    'RETURN_VALUE': (-1, -1, -1), 'IMPORT_STAR': (-1, -1, -1), 'SETUP_ANNOTATIONS': (0, 0, 0),
    'YIELD_VALUE': (0, 0, 0), 'ASYNC_GEN_WRAP': (0, 0, 0), 'PREP_RERAISE_STAR': (-1, -1, -1),
    'POP_EXCEPT': (-1, -1, -1), 'STORE_NAME': ((-1, 0), (-1, 0), (-1, 0)),
    'DELETE_NAME': ((0, 0), (0, 0), (0, 0)), 'UNPACK_SEQUENCE': ((-1, 1), (-1, 1), (-1, 1)),
    'FOR_ITER': ((1, 0), (-1, 0), (1, 0)), 'STORE_ATTR': ((-2, 0), (-2, 0), (-2, 0)),
    'DELETE_ATTR': ((-1, 0), (-1, 0), (-1, 0)), 'STORE_GLOBAL': ((-1, 0), (-1, 0), (-1, 0)),
    'DELETE_GLOBAL': ((0, 0), (0, 0), (0, 0)), 'SWAP': ((0, 0), (0, 0), (0, 0)),
    'LOAD_CONST': ((1, 0), (1, 0), (1, 0)), 'LOAD_NAME': ((1, 0), (1, 0), (1, 0)),
    'BUILD_TUPLE': ((1, -1), (1, -1), (1, -1)), 'BUILD_LIST': ((1, -1), (1, -1), (1, -1)),
    'BUILD_SET': ((1, -1), (1, -1), (1, -1)), 'BUILD_MAP': ((1, -2), (1, -2), (1, -2)),
    'LOAD_ATTR': ((0, 0), (0, 0), (0, 0)), 'COMPARE_OP': ((-1, 0), (-1, 0), (-1, 0)),
    'IMPORT_NAME': ((-1, 0), (-1, 0), (-1, 0)), 'IMPORT_FROM': ((1, 0), (1, 0), (1, 0)),
    'JUMP_FORWARD': ((0, 0), (0, 0), (0, 0)), 'JUMP_IF_FALSE_OR_POP': ((0, 0), (0, 0), (-1, 0)),
    'JUMP_IF_TRUE_OR_POP': ((0, 0), (0, 0), (-1, 0)),
    'POP_JUMP_FORWARD_IF_FALSE': ((-1, 0), (-1, 0), (-1, 0)),
    'POP_JUMP_FORWARD_IF_TRUE': ((-1, 0), (-1, 0), (-1, 0)), 'IS_OP': ((-1, 0), (-1, 0), (-1, 0)),
    'CONTAINS_OP': ((-1, 0), (-1, 0), (-1, 0)), 'RERAISE': ((-1, 0), (-1, 0), (-1, 0)),
    'COPY': ((1, 0), (1, 0), (1, 0)), 'BINARY_OP': ((-1, 0), (-1, 0), (-1, 0)),
    'SEND': ((0, 0), (-1, 0), (0, 0)), 'LOAD_FAST': ((1, 0), (1, 0), (1, 0)),
    'STORE_FAST': ((-1, 0), (-1, 0), (-1, 0)), 'DELETE_FAST': ((0, 0), (0, 0), (0, 0)),
    'POP_JUMP_FORWARD_IF_NOT_NONE': ((-1, 0), (-1, 0), (-1, 0)),
    'POP_JUMP_FORWARD_IF_NONE': ((-1, 0), (-1, 0), (-1, 0)),
    'RAISE_VARARGS': ((0, -1), (0, -1), (0, -1)), 'GET_AWAITABLE': ((0, 0), (0, 0), (0, 0)),
    'JUMP_BACKWARD_NO_INTERRUPT': ((0, 0), (0, 0), (0, 0)), 'MAKE_CELL': ((0, 0), (0, 0), (0, 0)),
    'LOAD_CLOSURE': ((1, 0), (1, 0), (1, 0)), 'LOAD_DEREF': ((1, 0), (1, 0), (1, 0)),
    'STORE_DEREF': ((-1, 0), (-1, 0), (-1, 0)), 'DELETE_DEREF': ((0, 0), (0, 0), (0, 0)),
    'JUMP_BACKWARD': ((0, 0), (0, 0), (0, 0)), 'EXTENDED_ARG': ((0, 0), (0, 0), (0, 0)),
    'LIST_APPEND': ((-1, 0), (-1, 0), (-1, 0)), 'SET_ADD': ((-1, 0), (-1, 0), (-1, 0)),
    'MAP_ADD': ((-2, 0), (-2, 0), (-2, 0)), 'LOAD_CLASSDEREF': ((1, 0), (1, 0), (1, 0)),
    'COPY_FREE_VARS': ((0, 0), (0, 0), (0, 0)), 'RESUME': ((0, 0), (0, 0), (0, 0)),
    'MATCH_CLASS': ((-2, 0), (-2, 0), (-2, 0)), 'BUILD_CONST_KEY_MAP': ((0, -1), (0, -1), (0, -1)),
    'BUILD_STRING': ((1, -1), (1, -1), (1, -1)), 'LOAD_METHOD': ((1, 0), (1, 0), (1, 0)),
    'LIST_EXTEND': ((-1, 0), (-1, 0), (-1, 0)), 'SET_UPDATE': ((-1, 0), (-1, 0), (-1, 0)),
    'DICT_MERGE': ((-1, 0), (-1, 0), (-1, 0)), 'DICT_UPDATE': ((-1, 0), (-1, 0), (-1, 0)),
    'PRECALL': ((0, -1), (0, -1), (0, -1)), 'CALL': ((-1, 0), (-1, 0), (-1, 0)),
    'KW_NAMES': ((0, 0), (0, 0), (0, 0)),
    'POP_JUMP_BACKWARD_IF_NOT_NONE': ((-1, 0), (-1, 0), (-1, 0)),
    'POP_JUMP_BACKWARD_IF_NONE': ((-1, 0), (-1, 0), (-1, 0)),
    'POP_JUMP_BACKWARD_IF_FALSE': ((-1, 0), (-1, 0), (-1, 0)),
    'POP_JUMP_BACKWARD_IF_TRUE': ((-1, 0), (-1, 0), (-1, 0)),
}


def stack_effect(opcode, oparg=None, /, *, jump=None):
    """Compute the stack effect of the opcode."""
    opcode = opcode.__index__()
    if opcode >= HAVE_ARGUMENT:
        if oparg is None:
            raise ValueError("stack_effect: opcode requires oparg but oparg was not specified")
        oparg = oparg.__index__()
    elif oparg is not None:
        raise ValueError("stack_effect: opcode does not permit oparg but oparg was specified")
    name = opname[opcode] if 0 <= opcode < 256 else None
    if name == 'LOAD_GLOBAL':
        return 1 + (oparg & 1)
    if name == 'MAKE_FUNCTION':
        return -bin(oparg & 0x0F).count('1')
    if name == 'BUILD_SLICE':
        return -2 if oparg == 3 else -1
    if name == 'CALL_FUNCTION_EX':
        return -2 - (oparg & 1)
    if name == 'FORMAT_VALUE':
        return -1 if oparg & 0x04 else 0
    if name == 'UNPACK_EX':
        return (oparg & 0xFF) + (oparg >> 8)
    effects = _stack_effects.get(name)
    if effects is None:
        raise ValueError("invalid opcode or oparg")
    effect = effects[0 if jump is None else 1 if jump else 2]
    if opcode < HAVE_ARGUMENT:
        return effect
    return effect[0] + effect[1] * oparg
