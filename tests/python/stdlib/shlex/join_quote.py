import shlex

for s in ['simple', '', 'with space', "it's", 'a"b', '$HOME', 'x;y', 'file-name_1.txt', 'a=b,c:d@e%f+g',
          'tab\there', 'ünï']:
    print(repr(s), shlex.quote(s))
args = ['grep', '-r', 'two words', "it's", '']
line = shlex.join(args)
print(line)
print(shlex.split(line) == args)
