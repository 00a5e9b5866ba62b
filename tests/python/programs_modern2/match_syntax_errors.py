# The SyntaxErrors CPython reports for invalid patterns.
sources = {
    "two wildcards are fine, repeated name is not": "match x:\n    case [a, a]:\n        pass\n",
    "irrefutable not last": "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
    "wildcard not last": "match x:\n    case _:\n        pass\n    case 2:\n        pass\n",
    "or alternatives bind different names": "match x:\n    case [a] | [b]:\n        pass\n",
    "irrefutable alternative in or": "match x:\n    case a | 1:\n        pass\n",
    "two starred names": "match x:\n    case [*a, *b]:\n        pass\n",
    "double star rest twice": "match x:\n    case {**a, **b}:\n        pass\n",
    "duplicate mapping keys": "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n",
    "keyword repeated": "match x:\n    case C(a=1, a=2):\n        pass\n",
    "positional after keyword": "match x:\n    case C(a=1, 2):\n        pass\n",
    "assign to wildcard via as": "match x:\n    case 1 as _:\n        pass\n",
    "binding repeated through as": "match x:\n    case [a] as a:\n        pass\n",
    "f-string pattern": "match x:\n    case f'{y}':\n        pass\n",
    "call in value pattern": "match x:\n    case f():\n        pass\n",
    "non-literal key": "match x:\n    case {a: 1}:\n        pass\n",
    "rest captured as wildcard": "match x:\n    case {**_}:\n        pass\n",
}

for label, src in sources.items():
    try:
        compile(src, "<pattern>", "exec")
        print(f"{label}: compiled")
    except SyntaxError as e:
        print(f"{label}: {e.msg} (line {e.lineno})")
