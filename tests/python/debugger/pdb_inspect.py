# Looking around at a pdb prompt: args, p, pp, display, whatis, source, ll, retval, aliases,
# ';;', statements and plain expressions, errors, and the help listing.
import pdb

from pdbsupport import debugger, load

SRC = '''\
class K:
    """A class."""
    def __repr__(self):
        return '<K>'

    def meth(self, z, *more, key=None, **opts):
        data = {'z': z, 'more': more, 'key': key, 'opts': opts, 'long': list(range(30))}
        return z + 1

def call():
    k = K()
    return k.meth(4, 5, key='k', flag=True)
'''
ns = load('demo3', SRC)


print(debugger("s\ns\ns\nn\na\np z, more\npp data\np data['long'][:3]\nwhatis self\n"
               "whatis self.meth\nwhatis K\nwhatis z\nwhatis call\nsource K\nsource 3\n"
               "source nosuch\nll\nc\n").runcall(ns['call']))
print(debugger("display\ndisplay k\ndisplay 1/0\nn\ndisplay\nundisplay nosuch\nundisplay k\n"
               "display\nrv\nundisplay\nn\nn\ns\nn\nn\nretval\nrv\nc\n").runcall(ns['call']))
print(debugger("!k = 3\nk\nk * 2\nnosuch\n1/0\nprint('hi')\n!n = 7\np n\n"
               "import math; math.pi\nfor i in range(2): print(i)\nfoo bar\n"
               "p\np 1,\npp [1, 2\nc\n").runcall(ns['call']))
print(debugger("alias pl p len(%1) ;; p %*\nalias\nalias pl\nalias sq p %1 ** 2\nsq 4\n"
               "pl 'abc'\nunalias pl\npl 'x'\nunalias nosuch\nalias\nn;;p 'two';;p 'three'\n"
               "\nc\n").runcall(ns['call']))
print(debugger("help\nhelp nosuch\nj x\njump 8\nc\n").runcall(ns['call']))
