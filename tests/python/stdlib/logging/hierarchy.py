import io
import logging

root_out = io.StringIO()
app_out = io.StringIO()
root = logging.getLogger()
root.setLevel(logging.DEBUG)
rh = logging.StreamHandler(root_out)
rh.setFormatter(logging.Formatter('root: %(name)s %(message)s'))
root.addHandler(rh)

child = logging.getLogger('app.net.http')   # made before its parent
app = logging.getLogger('app')
ah = logging.StreamHandler(app_out)
ah.setFormatter(logging.Formatter('app: %(levelname)s %(message)s'))
app.addHandler(ah)
print(child.parent is app, app.parent is root, logging.getLogger('app') is app)
print(logging.getLogger('app.net').parent is app, child.parent.name)
print(app.getChild('net.http') is child)

app.setLevel(logging.WARNING)
print(child.getEffectiveLevel(), child.isEnabledFor(logging.INFO))
child.info('dropped')
child.warning('propagates')
app.propagate = False
child.error('stops at app')
app.propagate = True
child.setLevel(logging.DEBUG)
child.debug('child level wins')
app.removeHandler(ah)
child.critical('only root now')
print(app.hasHandlers(), logging.getLogger('zzz').hasHandlers())
print(repr(root_out.getvalue()))
print(repr(app_out.getvalue()))
print(repr(child), repr(root), repr(app))
print(root.name, child.name, logging.root is root)
logging.disable(logging.ERROR)
child.error('disabled')
child.critical('still on')
logging.disable(logging.NOTSET)
print(repr(root_out.getvalue().splitlines()[-1]))
