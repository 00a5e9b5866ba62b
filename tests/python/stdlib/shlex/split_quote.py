import shlex

for s in ['ls -l  /tmp', 'echo "hello world" \'single quoted\'', 'a\\ b c', 'x="1 2" y',
          'say "it\\"s"', "it's fine'", 'one # comment', '  ', 'a"b"c', '"" x', "'' y",
          'tab\tsep\nnewline', '"\\$HOME \\\\ \\n"']:
    print(repr(s), shlex.split(s))
print(shlex.split('cmd # trailing comment', comments=True))
for bad in ['"unclosed', "'open", 'ends with \\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
