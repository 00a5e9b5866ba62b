# sre_constants, sre_parse and sre_compile: deprecated in 3.11, still holding the constants
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import sre_constants
    import sre_parse
    import sre_compile
print([(w.category.__name__, str(w.message)) for w in caught])
import re
print(sre_constants.MAXREPEAT, int(sre_constants.MAXREPEAT), sre_constants.MAXGROUPS, sre_constants.MAGIC)
print(sre_constants.error is re.error, sre_constants.SRE_FLAG_IGNORECASE == re.IGNORECASE,
      sre_constants.SRE_FLAG_VERBOSE, sre_constants.SRE_FLAG_ASCII, sre_constants.SRE_INFO_PREFIX)
print(sre_constants.OPCODES[:5], len(sre_constants.OPCODES), int(sre_constants.LITERAL), repr(sre_constants.LITERAL))
print(str(sre_constants.ANY), sre_constants.ANY + 1, int(sre_constants.MAX_REPEAT), int(sre_constants.MIN_REPEAT))
print(sre_constants.ATCODES[:3], sre_constants.CHCODES[-1], sre_constants.OP_IGNORE, sre_constants.AT_MULTILINE)
print(type(sre_constants.LITERAL).__name__, isinstance(sre_constants.LITERAL, int))
print(sre_parse.SPECIAL_CHARS, sre_parse.FLAGS, sre_parse.TYPE_FLAGS, sre_parse.GLOBAL_FLAGS, sre_parse.MAXWIDTH)
print(sorted(sre_parse.DIGITS), sre_parse.CATEGORIES[r'\d'], sre_parse.ESCAPES[r'\n'], sre_parse.error is re.error)
print(sre_compile.MAXCODE, sre_compile.isstring('a'), sre_compile.isstring(1), sre_compile.compile('a+').match('aaa').group())
try:
    re.compile('(')
except sre_constants.error as e:
    print('error:', e)
