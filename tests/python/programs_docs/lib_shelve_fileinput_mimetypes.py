# shelve and fileinput on files in a temporary directory, and mimetypes guesses for common names.
import os, tempfile, shelve, fileinput, mimetypes
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'shelf')
    with shelve.open(path) as db:
        db['key'] = {'int': 10, 'float': 9.5, 'string': 'Sample data'}
        db['list'] = [1, 2, 3]
        print(sorted(db.keys()), 'key' in db, len(db))
    with shelve.open(path, writeback=True) as db:
        db['list'].append(4)
        print(db['key']['string'])
    with shelve.open(path, flag='r') as db:
        print(db['list'], db.get('missing', 'default'))
    names = []
    for i, text in enumerate(['alpha\nbeta\n', 'gamma\n', '']):
        p = os.path.join(d, f'f{i}.txt')
        with open(p, 'w') as f:
            f.write(text)
        names.append(p)
    with fileinput.input(files=names) as fi:
        for line in fi:
            print(os.path.basename(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), line.rstrip())
    with fileinput.input(files=names[:1], inplace=True) as fi:
        for line in fi:
            print(line.upper(), end='')
    with open(names[0]) as f:
        print(repr(f.read()))
for name in ['report.pdf', 'photo.JPG', 'archive.tar.gz', 'page.html', 'data.json', 'script.py', 'noext', 'style.css', 'image.png', 'notes.txt']:
    print(name, mimetypes.guess_type(name))
print(mimetypes.guess_extension('text/plain'), mimetypes.guess_extension('application/json'), mimetypes.guess_type('http://example.com/x.gif'))
