from operator import methodcaller
up = methodcaller('upper')
print(up('abc'), repr(up))
rep = methodcaller('replace', 'a', 'o')
print(rep('banana'), repr(rep))
sp = methodcaller('split', sep=',', maxsplit=1)
print(sp('a,b,c'), repr(sp))
print(list(map(methodcaller('strip'), [' x ', 'y  '])))
try:
    methodcaller(3)
except TypeError as e:
    print("TypeError:", e)
