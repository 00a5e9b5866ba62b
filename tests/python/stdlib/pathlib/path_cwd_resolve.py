import os, tempfile
from pathlib import Path
old = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    real = os.path.realpath(tmp)
    os.chdir(tmp)
    try:
        Path('a').mkdir()
        Path('a/x.py').write_text('1')
        print(Path('a/x.py').resolve() == Path(real) / 'a' / 'x.py', Path('a').absolute() == Path(os.getcwd()) / 'a')
        print(Path.cwd() == Path(os.getcwd()), Path('a/x.py').read_text(), Path('a/../a/x.py').resolve().name, Path('.').resolve() == Path(real))
        print(type(Path('x')).__name__, repr(Path('a/b')), str(Path('a') / 'b'), os.fspath(Path('q')), Path('a/b').with_name('c'))
        print(Path('~').expanduser() != Path('~'), Path.home().is_absolute(), sorted(str(p) for p in Path('.').glob('*')))
    finally:
        os.chdir(old)
