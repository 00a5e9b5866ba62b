# opcode: CPython 3.11's instruction names and numbers
import opcode
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op, len(opcode.opname), len(opcode.opmap))
print(opcode.opmap['LOAD_CONST'], opcode.opmap['RETURN_VALUE'], opcode.opmap['CALL'], opcode.opname[100], opcode.opname[1])
print(opcode.hasconst, opcode.hasname, opcode.hasjrel, opcode.hasjabs, opcode.haslocal, opcode.hascompare,
      opcode.hasfree, opcode.hasnargs)
print(sorted(n for n in opcode.__all__ if n != 'stack_effect'))
print(all(opcode.opname[v] == k for k, v in opcode.opmap.items()), sum(1 for n in opcode.opname if n.startswith('<')))
print([n for n in opcode.opname if n.startswith('LOAD_')])
print(opcode._nb_ops[:4], opcode._inline_cache_entries[opcode.opmap['CALL']], len(opcode._specialized_instructions))
