# wrap and fill at several widths
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 3 +
        "A well-known state-of-the-art example with hyphenated-words.")
for w in (20, 35, 60):
    print(textwrap.wrap(text, w))
print(textwrap.fill(text, 40))
print(textwrap.wrap(''), textwrap.wrap('   '), textwrap.wrap('one'))
print(textwrap.wrap('a  b   c', 3), textwrap.wrap('tab\there\tnow', 8))
