import keyword

names = ['class', 'klass', 'def', 'lambda', 'nonlocal', 'yield', 'await', 'type']
print([n for n in names if keyword.iskeyword(n)])
print([n + '_' if keyword.iskeyword(n) else n for n in names])
print(sorted(keyword.kwlist) == keyword.kwlist[:3] + sorted(keyword.kwlist[3:]))
print(all(k.isidentifier() for k in keyword.kwlist))
