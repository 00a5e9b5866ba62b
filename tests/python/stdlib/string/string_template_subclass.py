# Template subclasses: delimiter, idpattern, flags
import string, re

class Percent(string.Template):
    delimiter = '%'

print(Percent('%name is %{age} years, 100%%').substitute(name='Ann', age=30))

class Upper(string.Template):
    idpattern = r'[A-Z]+'
    flags = 0

print(Upper('$HOME and $home').safe_substitute(HOME='/root', home='x'))

class Dotted(string.Template):
    braceidpattern = r'[a-z]+(?:\.[a-z]+)*'

print(Dotted('${user.name} $user').safe_substitute({'user.name': 'bob', 'user': 'u'}))
