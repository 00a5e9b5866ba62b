# Template.substitute and safe_substitute
import string

t = string.Template('$who likes ${what}; costs $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='x'))
print(t.template, t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='only')
except KeyError as e:
    print('KeyError:', e)
for bad in ['bad $ here', 'line1\nthis $ bad', '${unclosed']:
    try:
        string.Template(bad).substitute(x=1)
    except ValueError as e:
        print('ValueError:', e)
    print(string.Template(bad).safe_substitute())
print(string.Template('$a$b ${a}x $_under $a1').substitute(a=1, b=2, _under='u', a1='one'))
