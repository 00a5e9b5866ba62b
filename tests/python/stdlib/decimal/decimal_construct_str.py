from decimal import Decimal as D
for s in ['1.10', '10', '-3', '1e5', '1E-7', '-0', '123.456e-10', 'inf', '-Infinity', 'nan', '0.000001', '0.0000001',
          '  3.5  ', '1_000', '1.00E+3', '0E-10', '-0.0', '12345678901234567890.123']:
    d = D(s)
    print(repr(s), str(d), repr(d))
print(D(10), D(-3), D(0.1), D((0, (1, 4), -1)), D((1, (0,), 2)), D(True), D(float('inf')))
print(D('120.00').as_tuple(), D('-0.25').as_integer_ratio(), D('12.345').adjusted(), D('1E+2').to_eng_string(), D('123E+5').to_eng_string())
