# formatting a help text block and a boxed paragraph
import textwrap

options = {'--verbose': 'Print more output while running, including every file that is considered.',
           '--width N': 'Wrap output at N columns.',
           '-q': 'Quiet.'}
for opt, desc in options.items():
    lines = textwrap.wrap(desc, 40)
    print('  %-12s%s' % (opt, lines[0]))
    for line in lines[1:]:
        print(' ' * 14 + line)
para = 'Weft runs Python threads truly in parallel on the JVM, without a global interpreter lock.'
lines = textwrap.wrap(para, 30)
width = max(map(len, lines))
print('+' + '-' * (width + 2) + '+')
for line in lines:
    print('| ' + line.ljust(width) + ' |')
print('+' + '-' * (width + 2) + '+')
