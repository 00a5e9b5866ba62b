import support.pkg as pkg
print(pkg.INIT_VALUE, pkg.helper())
print(pkg.sub.sub_call())
from support.pkg.nested import deep
print(deep.VALUE)
from support.pkg import *
print(helper.__module__, INIT_VALUE)
print(pkg.__package__, deep.__name__)
