# contextvars (ContextVar, tokens, copy_context, run) and atexit handlers that print in reverse order at exit.
import atexit
import re
import contextvars
var = contextvars.ContextVar('var', default=42)
print(var.get(), var.name, repr(var).split(' at ')[0])
token = var.set('new value')
print(var.get(), token.var is var, token.old_value is contextvars.Token.MISSING)
var.reset(token)
print(var.get())
try:
    var.reset(token)
except RuntimeError as e:
    print('RuntimeError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
nodefault = contextvars.ContextVar('nodefault')
try:
    nodefault.get()
except LookupError as e:
    print('LookupError:', re.sub(r' at 0x[0-9a-f]+', '', str(e)))
print(nodefault.get('fallback'))
ctx = contextvars.copy_context()
print(list(ctx.items()) == list(contextvars.copy_context().items()), var in ctx, ctx.get(var, 'absent'))
def main():
    var.set('spam')
    return var.get(), contextvars.copy_context()[var]
print(ctx.run(main), var.get(), ctx[var])
def goodbye(name, adjective):
    print(f'Goodbye {name}, it was {adjective} to meet you.')
atexit.register(goodbye, 'Donny', 'nice')
atexit.register(goodbye, adjective='nice', name='Donny')
@atexit.register
def last_registered():
    print('registered last, runs first')
def never():
    print('unregistered, never runs')
atexit.register(never)
atexit.unregister(never)
print('end of main program')
