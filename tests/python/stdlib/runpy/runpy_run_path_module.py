# run_path (a file, a directory with __main__.py) and run_module (a module, a package's
# __main__), with run_name and init_globals.
import os
import runpy
import sys
import tempfile

root = tempfile.mkdtemp()
script = os.path.join(root, 'script.py')
with open(script, 'w') as f:
    f.write('import sys\nresult = seed * 2\nwhere = __name__\nprint("running", __name__, __file__ == SCRIPT)\n'
            'argv0 = sys.argv[0]\n')
ns = runpy.run_path(script, init_globals={'seed': 21, 'SCRIPT': script})
print(ns['result'], ns['where'], ns['__file__'] == script, ns['argv0'] == script)
print(ns['__package__'], ns['__spec__'], ns['__loader__'], ns['__doc__'], ns['__cached__'])
ns = runpy.run_path(script, {'seed': 1, 'SCRIPT': script}, run_name='__main__')
print(ns['where'], '__main__' in sys.modules and sys.modules['__main__'].__name__)

app = os.path.join(root, 'app')
os.mkdir(app)
with open(os.path.join(app, '__main__.py'), 'w') as f:
    f.write('print("app main", __name__)\nvalue = 7\n')
ns = runpy.run_path(app)
print(ns['value'], ns['__name__'], os.path.basename(ns['__file__']))

pkg = os.path.join(root, 'runpkg')
os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('')
with open(os.path.join(pkg, '__main__.py'), 'w') as f:
    f.write('print("package main", __name__, __package__)\n')
with open(os.path.join(pkg, 'tool.py'), 'w') as f:
    f.write('print("tool", __name__, __package__, __spec__.name)\nanswer = extra + 1\n')
sys.path.insert(0, root)
ns = runpy.run_module('runpkg.tool', init_globals={'extra': 41})
print(ns['answer'], ns['__name__'], ns['__spec__'].name, os.path.basename(ns['__file__']))
ns = runpy.run_module('runpkg.tool', {'extra': 0}, run_name='__main__', alter_sys=True)
print(ns['__name__'])
runpy.run_module('runpkg')
for bad in ['no_such_module_xyz', 'runpkg.missing', '.relative', 'nonexistent_mod.py']:
    try:
        runpy.run_module(bad)
    except ImportError as e:
        print(type(e).__name__, e)
