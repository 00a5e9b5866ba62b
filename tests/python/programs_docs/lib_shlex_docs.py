# shlex: split, join, quote, and the shlex lexer in POSIX and non-POSIX modes, punctuation_chars.
import shlex
print(shlex.split('ls -l "My Documents" \'single quoted\' escaped\\ space'))
print(shlex.split('a # comment'), shlex.split('a # comment', comments=True), shlex.split("a 'b''c' \"d\\\"e\""))
split_command = shlex.split('ls -l somefile; rm -rf ~')
command = shlex.join(split_command)
print(command)
filename = 'somefile; rm -rf ~'
print('ls -l {}'.format(shlex.quote(filename)))
remote_command = 'ls -l {}'.format(shlex.quote(filename))
print(shlex.quote(remote_command), shlex.quote(''), shlex.quote('safe-name_1.txt'), shlex.quote("it's"))
print(list(shlex.shlex('a && b; c && d || e; f >\'abc\'; (def "ghi")')))
print(list(shlex.shlex('a && b; c && d || e; f >\'abc\'; (def "ghi")', punctuation_chars=True)))
print(list(shlex.shlex('a && b || c', posix=True, punctuation_chars='|')))
lex = shlex.shlex('key = "value with spaces" # trailing', posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('one two\nthree', posix=True)
print(lex.get_token(), lex.lineno, lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()))
lex = shlex.shlex('x y')
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
for bad in ('"unterminated', "it's", 'trail\\'):
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
print(shlex.split('a "b  c" d', posix=False), shlex.split('x=1 y="$HOME"'))
