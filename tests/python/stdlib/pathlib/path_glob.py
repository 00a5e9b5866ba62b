import tempfile
from pathlib import Path
with tempfile.TemporaryDirectory() as tmp:
    d = Path(tmp)
    for rel in ['a.py', 'b.txt', 'sub/c.py', 'sub/deep/d.py', 'sub/e.txt', '.hidden.py']:
        (d / rel).parent.mkdir(parents=True, exist_ok=True)
        (d / rel).write_text(rel)
    rel = lambda it: sorted(str(p.relative_to(d)) for p in it)
    print(rel(d.iterdir()))
    print(rel(d.glob('*.py')), rel(d.glob('*.txt')), rel(d.glob('sub/*')))
    print(rel(d.rglob('*.py')), rel(d.glob('**/*.txt')), rel(d.glob('*/')))
    print(rel(d.glob('**')), rel(d.glob('s?b/*.py')), rel(d.glob('[ab].*')))
