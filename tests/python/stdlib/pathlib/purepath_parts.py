from pathlib import PurePath, PurePosixPath
p = PurePath('/usr/lib/python3.11/os.tar.gz')
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.root, p.drive)
print(list(p.parents), p.parents[0], len(p.parents))
print(PurePath('.hidden').suffix, PurePath('a.').suffixes, PurePath('/').name, PurePath('/').parent, PurePath('x').parent, PurePath('a/b/').name)
print(PurePosixPath('a', 'b//c/./d'), PurePosixPath(), repr(PurePath('')), PurePath('a/../b'), PurePath('//x/y'), PurePath('///x'))
