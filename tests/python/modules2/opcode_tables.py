# opcode: CPython 3.11's instruction names and numbers
import opcode
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op, len(opcode.opname), len(opcode.opmap))
print(opcode.opmap['LOAD_CONST'], opcode.opmap['RETURN_VALUE'], opcode.opmap['CALL'], opcode.opname[100], opcode.opname[1])
print(opcode.hasconst, opcode.hasname, opcode.hasjrel, opcode.hasjabs, opcode.haslocal, opcode.hascompare,
      opcode.hasfree, opcode.hasnargs)
print(sorted(opcode.__all__))
print(all(opcode.opname[v] == k for k, v in opcode.opmap.items()), sum(1 for n in opcode.opname if n.startswith('<')))
print([n for n in opcode.opname if n.startswith('LOAD_')])
print(opcode._nb_ops[:4], opcode._inline_cache_entries[opcode.opmap['CALL']], len(opcode._specialized_instructions))
se = opcode.stack_effect
print(se(opcode.opmap['POP_TOP']), se(opcode.opmap['LOAD_CONST'], 0), se(opcode.opmap['BUILD_LIST'], 3),
      se(opcode.opmap['CALL'], 2), se(opcode.opmap['MAKE_FUNCTION'], 0x0b), se(opcode.opmap['FORMAT_VALUE'], 4),
      se(opcode.opmap['UNPACK_EX'], 0x0102), se(opcode.opmap['LOAD_GLOBAL'], 1), se(opcode.opmap['BUILD_SLICE'], 3))
print(se(opcode.opmap['FOR_ITER'], 5, jump=True), se(opcode.opmap['FOR_ITER'], 5, jump=False), se(opcode.opmap['FOR_ITER'], 5))
for args in [(opcode.opmap['CALL'],), (opcode.opmap['POP_TOP'], 1), (3,)]:
    try:
        se(*args)
    except ValueError as e:
        print('ValueError:', e)
print(sum(se(op, 1) if op >= opcode.HAVE_ARGUMENT else se(op) for op in opcode.opmap.values()))
