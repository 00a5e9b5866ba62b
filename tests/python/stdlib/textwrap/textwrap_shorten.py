# shorten
import textwrap

print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world, this is a rather long sentence', width=25))
print(textwrap.shorten('Hello world, this is a rather long sentence', width=25, placeholder='...'))
print(textwrap.shorten('   spaced    out   text   ', 40))
try:
    textwrap.shorten('Hello world', width=3)
except ValueError as e:
    print('ValueError:', e)
