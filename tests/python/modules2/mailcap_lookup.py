# mailcap: parse mailcap files (MAILCAPS), look up and substitute commands, refuse unsafe input
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import mailcap
print([(w.category.__name__, str(w.message)) for w in caught])
import io
import os
import tempfile
TEXT = '''# a comment
text/plain; cat %s; copiousoutput
text/html; lynx -dump %s; copiousoutput; nametemplate=%s.html
text/*; less %s; test=test -n "$DISPLAY"
image/PNG ; display %s ; print=lp %s; edit=gimp %s
application/x-thing; thing --type=%t --charset=%{charset} %s \\
  --more; needsterminal
broken
video/mpeg; mpv %s; x=1; x=2
'''
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'mailcap')
    with open(path, 'w') as f:
        f.write(TEXT)
    os.environ['MAILCAPS'] = os.pathsep.join([path, os.path.join(d, 'missing')])
    print([os.path.basename(p) for p in mailcap.listmailcapfiles()])
    caps = mailcap.getcaps()
for key in sorted(caps):
    print(key, caps[key])
print(mailcap.findmatch(caps, 'text/plain', filename='notes.txt'))
print(mailcap.findmatch(caps, 'image/png', key='print', filename='pic.png'))
print(mailcap.findmatch(caps, 'application/x-thing', filename='f.bin', plist=['Charset=utf-8', 'x=y']))
print(mailcap.findmatch(caps, 'audio/ogg'))
print([e['view'] for e in mailcap.lookup(caps, 'text/plain')], mailcap.lookup(caps, 'image/png', 'edit'))
print(mailcap.subst('a %% b %s %t %{name} %n \\; end', 'text/plain', 'file', ['NAME=value']))
print(mailcap.parseline('text/plain; cat %s; a=b ; c'), mailcap.parseline('onlyone'))
print(mailcap.parsefield('a\\;b;c', 0, 6), mailcap.findparam('x', ['X=1']), repr(mailcap.findparam('y', [])))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    print(mailcap.findmatch(caps, 'text/plain', filename='bad name; rm -rf'))
    print(mailcap.subst('%t', 'text/plain; x', 'f'))
    print(mailcap.readmailcapfile(io.StringIO('a/b; c %s\n')))
print([(w.category.__name__, str(w.message)) for w in caught])
print(mailcap.__all__, issubclass(mailcap.UnsafeMailcapInput, Warning))
