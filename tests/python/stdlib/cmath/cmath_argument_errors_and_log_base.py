# cmath functions are C functions in CPython: METH_O arity errors name the module, rect takes real
# numbers only, isclose reports a missing argument as the clinic does, and log(x, base) looks at
# errno only at the end (the base's c_log resets it; a zero log of the base is a domain error).
import cmath

for c in ["cmath.sqrt()", "cmath.sqrt(1, 2)", "cmath.exp(x=1)", "cmath.phase()", "cmath.log()", "cmath.log(1, 2, 3)",
          "cmath.rect(1)", "cmath.rect(1, 'a')", "cmath.rect('1', 0)", "cmath.isclose()", "cmath.isclose(1)",
          "cmath.isclose(1, 1, rel_tol=-1)", "cmath.polar('x')", "cmath.sqrt", "type(cmath.sqrt).__name__"]:
    try:
        print(c, "->", eval(c))
    except (TypeError, ValueError) as e:
        print(c, "->", type(e).__name__, e)
for args in [(0, 0), (0, -1), (-1, 0), (2, 1), (1, 1), (8, 2), (-8, 2.5), (1, None), (0, 10), (1j, -1)]:
    try:
        print(args, cmath.log(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
