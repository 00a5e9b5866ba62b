# Tutorial 4.8.2-4.8.3: keyword arguments, *args and **kwargs, special parameters.
def parrot(voltage, state='a stiff', action='voom', type='Norwegian Blue'):
    print("-- This parrot wouldn't", action, end=' ')
    print("if you put", voltage, "volts through it.")
    print("-- Lovely plumage, the", type)
    print("-- It's", state, "!")

parrot(1000)
parrot(voltage=1000)
parrot(voltage=1000000, action='VOOOOOM')
parrot(action='VOOOOOM', voltage=1000000)
parrot('a million', 'bereft of life', 'jump')
parrot('a thousand', state='pushing up the daisies')
for call in ("parrot()", "parrot(voltage=5.0, 'dead')", "parrot(110, voltage=220)",
             "parrot(actor='John Cleese')"):
    try:
        eval(call)
    except (TypeError, SyntaxError) as e:
        print(type(e).__name__ + ':', e)

def cheeseshop(kind, *arguments, **keywords):
    print("-- Do you have any", kind, "?")
    print("-- I'm sorry, we're all out of", kind)
    for arg in arguments:
        print(arg)
    print("-" * 40)
    for kw in keywords:
        print(kw, ":", keywords[kw])

cheeseshop("Limburger", "It's very runny, sir.",
           "It's really very, VERY runny, sir.",
           shopkeeper="Michael Palin",
           client="John Cleese",
           sketch="Cheese Shop Sketch")

def standard_arg(arg):
    print(arg)
def pos_only_arg(arg, /):
    print(arg)
def kwd_only_arg(*, arg):
    print(arg)
def combined_example(pos_only, /, standard, *, kwd_only):
    print(pos_only, standard, kwd_only)

standard_arg(2)
standard_arg(arg=2)
pos_only_arg(1)
kwd_only_arg(arg=3)
combined_example(1, 2, kwd_only=3)
combined_example(1, standard=2, kwd_only=3)
for thunk in (lambda: pos_only_arg(arg=1), lambda: kwd_only_arg(3),
              lambda: combined_example(1, 2, 3), lambda: combined_example(pos_only=1, standard=2, kwd_only=3)):
    try:
        thunk()
    except TypeError as e:
        print('TypeError:', e)

def foo(name, /, **kwds):
    return 'name' in kwds
print(foo(1, **{'name': 2}))

def concat(*args, sep="/"):
    return sep.join(args)
print(concat("earth", "mars", "venus"), concat("earth", "mars", "venus", sep="."))
print(list(range(*[3, 6])))
d = {"voltage": "four million", "state": "bleedin' demised", "action": "VOOM"}
parrot(**d)
