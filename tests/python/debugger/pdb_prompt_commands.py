# The pdb commands that need no tracing, at a post-mortem prompt: break/tbreak/condition/
# ignore/enable/disable/clear and their listing, commands, alias, display, whatis, source,
# p/pp, statements ('!' and plain), help, and the error of each.
import bdb

from pdbsupport import debugger, load

SRC = '''\
class Point:
    """A point."""
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

def scale(p, factor, *more, key=None, **opts):
    table = {'p': p, 'factor': factor, 'more': more, 'key': key, 'opts': opts,
             'long': list(range(25))}
    return Point(p.x * factor, p.y / factor)

# a comment
'''
ns = load('prompt', SRC)


def at_prompt(commands):
    try:
        ns['scale'](ns['Point'](3, 4), 0, 'extra', key='k', flag=True)
    except ZeroDivisionError as e:
        p = debugger(commands)
        p.reset()
        p.interaction(None, e.__traceback__.tb_next)


at_prompt("b\nb 10\nb 10, factor > 1\ntbreak scale\nb Point.norm\nb 'scale'\nb nosuch\n"
          "b 99\nb 17\nb 1x\nb <nosuch>:3\nb\ncondition 2\ncondition 3 p.x == 1\ncondition\n"
          "condition 9 x\ncondition y\nignore 1 2\nignore 1 1\nignore 1\nignore\nignore 77\n"
          "disable 1 2 x\nb\nenable 2 9\ncl 3\ncl 3\ncl 88 z\nclear <prompt>:10\nclear <prompt>:x\n"
          "clear <prompt>:11\nb\nq\n")
bdb.Breakpoint.clearBreakpoints()
at_prompt("b 15\ncommands\nsilent\np factor\nend\ncommands 1\np 1\nstep\ncommands 5\ncommands x\n"
          "commands 0\nq\n")
at_prompt("a\np p, factor\npp table\np table['long'][:2]\np nosuch\npp 1/0\np\n"
          "whatis p\nwhatis p.norm\nwhatis Point\nwhatis scale\nwhatis 1.5\nwhatis nosuch\n"
          "source Point\nsource Point.norm\nsource 3\nsource nosuch\nll\nq\n")
at_prompt("!factor = 7\nfactor\nfactor * 2\nnosuch\n1/0\nprint('hi')\n"
          "import math; math.floor(2.5)\nfor i in range(2): print(i)\nfoo bar\n!a = 1\n"
          "p 1,\npp [1, 2\n'%d items' % len(more)\nq\n")
at_prompt("alias pl p len(%1) ;; p %*\nalias\nalias pl\nalias sq p %1 ** 2\nsq 4\n"
          "pl 'abc'\nunalias pl\npl 'x'\nunalias nosuch\nalias\np 'one';;p 'two';;p 'three'\n"
          "\nq\n")
at_prompt("display\ndisplay factor\ndisplay 1/0\ndisplay\nundisplay nosuch\nundisplay factor\n"
          "display\nundisplay\ndisplay\nretval\nrv\nq\n")
at_prompt("help\nhelp nosuch\nj x\nu\nunt x\nunt 1\nup x\ndown x\nq\n")
