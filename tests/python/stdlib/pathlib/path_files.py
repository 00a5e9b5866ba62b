import os, tempfile
from pathlib import Path
with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    (d / 'a' / 'b').mkdir(parents=True)
    (d / 'a' / 'b').mkdir(parents=True, exist_ok=True)
    try:
        (d / 'a').mkdir()
    except FileExistsError as e:
        print('FileExistsError', e.errno)
    try:
        (d / 'x' / 'y').mkdir()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno)
    f = d / 'f.txt'
    print(f.write_text('hi there'), f.read_text(), (d / 'g.bin').write_bytes(b'\x00\x01'), (d / 'g.bin').read_bytes())
    print(f.exists(), f.is_file(), f.is_dir(), (d / 'a').is_dir(), (d / 'zz').exists(), f.stat().st_size)
    n = f.rename(d / 'h.txt')
    print(n.name, n.exists(), f.exists())
    n.unlink()
    print(n.exists())
    n.unlink(missing_ok=True)
    try:
        n.unlink()
    except FileNotFoundError as e:
        print('FileNotFoundError', e.strerror, e.filename == str(n))
    (d / 'a' / 'b').rmdir()
    print(sorted(p.name for p in (d / 'a').iterdir()))
    with (d / 'w.txt').open('w') as fh:
        fh.write('line1\nline2\n')
    print((d / 'w.txt').read_text().splitlines(), (d / 'w.txt').touch(), (d / 'new').touch(), (d / 'new').exists())
