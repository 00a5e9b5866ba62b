# stringprep: RFC 3454's tables as member tests and mappings
import stringprep
samples = ['a', 'Z', ' ', '\u00a0', '\u00ad', '\u00df', '\u0130', '\u03a3', '\u0645', '\u05d0', '\u200b', '\u200d',
           '\u2028', '\ue000', '\ufffe', '\ufff9', '\u2ff0', '\u200e', '\U000e0001', '\x07', '\x85', '\ufb00',
           '\u2160', '\u0041', '\u00c5', '\u212b', '\u3000', '\U0001d173', '\u0378']
tests = ['in_table_a1', 'in_table_b1', 'in_table_c11', 'in_table_c12', 'in_table_c11_c12', 'in_table_c21',
         'in_table_c22', 'in_table_c21_c22', 'in_table_c3', 'in_table_c4', 'in_table_c5', 'in_table_c6',
         'in_table_c7', 'in_table_c8', 'in_table_c9', 'in_table_d1', 'in_table_d2']
for ch in samples:
    flags = ''.join('1' if getattr(stringprep, t)(ch) else '.' for t in tests)
    print('U+%04X' % ord(ch), flags, ascii(stringprep.map_table_b3(ch)), ascii(stringprep.map_table_b2(ch)))
for name in ['in_table_c5']:
    print(name, getattr(stringprep, name)('\ud800'))
