# modulefinder.ModuleFinder follows a script's imports without running it
import modulefinder
import os
import tempfile

with tempfile.TemporaryDirectory() as d:
    def write(rel, text):
        path = os.path.join(d, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, 'w') as f:
            f.write(text)
    write('mf_pkg/__init__.py', 'from .helpers import *\nPKG_NAME = 1\n')
    write('mf_pkg/helpers.py', 'def helper():\n    pass\nHELPER_CONST = 2\n')
    write('mf_pkg/sub/__init__.py', '')
    write('mf_pkg/sub/leaf.py', 'import mf_missing_inside\nfrom .. import helpers\n')
    write('mf_other.py', 'X = 1\ndef f():\n    import mf_late_missing\n')
    script = os.path.join(d, 'main_script.py')
    write('main_script.py', 'import mf_pkg.sub.leaf\nimport mf_other as other\nfrom mf_pkg import helper, nothing_here\n'
          'from mf_other import X\nimport mf_not_there\ntry:\n    import mf_optional\nexcept ImportError:\n    pass\n'
          'from mf_pkg.helpers import *\nVALUE = 3\nclass K:\n    import mf_in_class\n')
    finder = modulefinder.ModuleFinder(path=[d], excludes=['mf_excluded'])
    finder.run_script(script)
    for name in sorted(finder.modules):
        m = finder.modules[name]
        print(name, os.path.relpath(m.__file__, d) if m.__file__ else None,
              [os.path.relpath(p, d) for p in m.__path__] if m.__path__ else None)
    print(sorted(finder.badmodules), {k: sorted(v) for k, v in sorted(finder.badmodules.items())})
    print(finder.any_missing_maybe())
    print(finder.any_missing())
    main = finder.modules['__main__']
    print(sorted(main.globalnames), main.starimports)
    print(sorted(finder.modules['mf_pkg'].globalnames), type(main.__code__).__name__)
    m = modulefinder.Module('a', 'b.py', ['p'])
    print(repr(m), repr(modulefinder.Module('x')))
    finder2 = modulefinder.ModuleFinder(path=[d])
    finder2.load_file(os.path.join(d, 'mf_other.py'))
    print(sorted(finder2.modules), finder2.any_missing())
