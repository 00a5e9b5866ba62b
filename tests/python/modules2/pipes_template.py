# pipes.Template: steps of shell commands, their kinds, the pipeline text, and running it
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import pipes
print([(w.category.__name__, str(w.message)) for w in caught])
import os
import tempfile
t = pipes.Template()
print(repr(t), pipes.quote("it's"), pipes.stepkinds)
t.append('tr a-z A-Z', '--')
t.append('sed s/HELLO/BYE/', pipes.STDIN_STDOUT)
print(repr(t))
print(t.makepipeline('in.txt', 'out.txt'))
print(t.makepipeline('', ''))
for args in [(1, '--'), ('x', 'zz'), ('x', pipes.SOURCE), ('cat', 'f-'), ('cat', '-f')]:
    try:
        t.clone().append(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
s = pipes.Template()
s.append('sort', pipes.SINK)
for fn in [lambda: s.append('x', '--'), lambda: s.prepend('x', pipes.SINK), lambda: s.open('f', 'x'),
           lambda: s.open('f', 'r')]:
    try:
        fn()
    except ValueError as e:
        print('ValueError:', e)
with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src.txt')
    dst = os.path.join(d, 'dst.txt')
    with open(src, 'w') as f:
        f.write('hello world\nsecond line\n')
    print(t.copy(src, dst))
    with open(dst) as f:
        print(f.read(), end='')
    with t.open(src, 'r') as f:
        print(f.read(), end='')
    w = t.open(dst, 'w')
    w.write('hello again\n')
    print(w.close())
    with open(dst) as f:
        print(f.read(), end='')
    c = t.clone()
    c.prepend('cat $IN', pipes.FILEIN_STDOUT)
    print(c.makepipeline('a b', 'c').count('\n'), c.steps[0])
    with c.open(src, 'r') as f:
        print(f.read(), end='')
    empty = pipes.Template()
    with empty.open(src, 'r') as f:
        print(type(f).__name__, f.readline(), end='')
