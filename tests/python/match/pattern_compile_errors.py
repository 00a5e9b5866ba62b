# CPython's compile-time pattern checks: unreachable cases after a capture or _, names bound twice, alternatives binding different names, repeated mapping keys and class keyword attributes, non-literal values
cases = [
 "match x:\n case [a, a]: pass",
 "match x:\n case {'k': a, 'j': a}: pass",
 "match x:\n case a | [b]: pass",
 "match x:\n case [a] | (b, c): pass",
 "match x:\n case [a] | [a]: pass",
 "match x:\n case (x as y) | (y as x): pass",
 "match x:\n case {'a': 1, 'a': 2}: pass",
 "match x:\n case {1: _, 1: _}: pass",
 "match x:\n case C(a=1, a=2): pass",
 "match x:\n case [*_, *_]: pass",
 "match x:\n case _ as y:\n  pass\n case 1: pass",
 "match x:\n case (_):\n  pass\n case 1: pass",
 "match x:\n case y if y:\n  pass\n case 1: pass",
 "match x:\n case [_]:\n  pass\n case 1: pass",
 "match x:\n case 1 | _ | 2: pass",
 "match x:\n case (1 | _) | 3: pass",
 "match x:\n case [1 | _, 2]: pass",
 "match x:\n case _:\n  pass",
 "match x:\n case a as b: pass",
 "match x:\n case {**_}: pass",
 "match x:\n case {**rest, 'a': 1}: pass",
 "match x:\n case -1j: pass",
 "match x:\n case 1 + 1: pass",
 "match x:\n case f'x': pass",
 "match x:\n case a.b(): pass",
 "match x:\n case A(x=_, y=z) | A(z): pass",
 "match x:\n case [a, *a]: pass",
 "match x:\n case {'k': a, **a}: pass",
 "match x:\n case str(a) | bytes(a): pass",
 "match x:\n case _:\n  pass\n case _:\n  pass",
]
for src in cases:
    try:
        compile(src, "<p>", "exec")
        print("ok       ", repr(src))
    except SyntaxError as e:
        print(f"{e.msg} @{e.lineno}:{e.offset} | {src!r}")
cases2 = ["{1j: _, 1j: _}", "{b'x': 1, b'x': 2}", "{'a': 1, 'a' '': 2}", "{1: _, True: _}", "{1: _, 1.0: _}",
         "{-0.0: _, 0: _}", "{1+2j: _, 1+2j: _}", "{None: 1, None: 2}", "{-1: _, -1: _}", "{1-2j: _, 1-2j: _}",
         "{'x': a, 'y': [a]}", "{'x': a} | {'y': b}", "[a, (b | c)]", "[(a | a)]", "(a as b) | (b as a)",
         "C(x=a, y=[a])", "C(a, x=a)", "[a, {'k': b}, *c, C(d=e)]", "{'k': 1, **rest}", "{1: 'a', '1': 'b'}",
         "{False: 1, 0: 2}", "{'a': _, 'b': _, 'a': _}", "{E.A: 1, E.A: 2}", "-1 | -1", "[a] | [a] | [b]"]
for pat in cases2:
    src = f"match x:\n case {pat}: pass"
    try:
        compile(src, "<p>", "exec")
        print("ok       ", pat)
    except SyntaxError as e:
        print(f"{e.msg} @{e.lineno}:{e.offset} | {pat}")
def f(x):
    match x:
        case {1: a, 'k': [b, *rest]} if a:
            return a, b, rest
        case [1, 2] | (3, 4) as pair:
            return pair
        case {"n": -1 | -2 as v}:
            return v
        case str(s) | bytes(s):
            return s
    return None
print(f({1: 5, 'k': [1, 2, 3]}), f([3, 4]), f({"n": -2}), f(b"b"), f(0))
