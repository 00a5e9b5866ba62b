"""zipfile.Path: a pathlib-like view of the members of a zip archive (weft's own implementation).

Directories need not have entries of their own: a member "a/b/c.txt" implies "a/" and "a/b/",
which then list, test and join like stored directories (CPython's CompleteDirs).
"""
import io
import pathlib
import posixpath


def _ancestry(path):
    """'a/b/c' -> 'a/b/c', 'a/b', 'a'."""
    path = path.rstrip(posixpath.sep)
    while path and path != posixpath.sep:
        yield path
        path, _ = posixpath.split(path)


def _implied_dirs(names):
    seen = set(names)
    for name in names:
        for parent in list(_ancestry(name))[1:]:
            d = parent + posixpath.sep
            if d not in seen:
                seen.add(d)
                yield d


class _Tree:
    """The names of an archive, with the directories they imply."""

    def __init__(self, zf):
        self.zf = zf

    def namelist(self):
        names = self.zf.namelist()
        return names + list(_implied_dirs(names))

    def name_set(self):
        return set(self.namelist())

    def resolve_dir(self, name):
        """name, or name + '/' when only the directory of that name exists."""
        names = self.name_set()
        dirname = name + '/'
        return dirname if name not in names and dirname in names else name


class Path:
    """A path inside a zip archive: Path(zipfile_or_filename, at='') is its root directory."""

    __repr = "{self.__class__.__name__}({self.root.filename!r}, {self.at!r})"

    def __init__(self, root, at=""):
        import zipfile
        if not isinstance(root, zipfile.ZipFile):
            root = zipfile.ZipFile(root)
        self.root = root
        self._tree = _Tree(root)
        self.at = at

    def open(self, mode='r', *args, pwd=None, **kwargs):
        """The member, as text (mode 'r', 'w', with TextIOWrapper's arguments) or bytes ('rb', 'wb')."""
        if self.is_dir():
            raise IsADirectoryError(self)
        zip_mode = mode[0]
        if not self.exists() and zip_mode == 'r':
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, zip_mode, pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        kwargs["encoding"] = io.text_encoding(kwargs.get("encoding"))
        return io.TextIOWrapper(stream, *args, **kwargs)

    @property
    def name(self):
        return pathlib.Path(self.at).name or self.filename.name

    @property
    def suffix(self):
        return pathlib.Path(self.at).suffix or self.filename.suffix

    @property
    def suffixes(self):
        return pathlib.Path(self.at).suffixes or self.filename.suffixes

    @property
    def stem(self):
        return pathlib.Path(self.at).stem or self.filename.stem

    @property
    def filename(self):
        return pathlib.Path(self.root.filename).joinpath(self.at)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def _is_child(self, path):
        return posixpath.dirname(path.at.rstrip("/")) == self.at.rstrip("/")

    def _next(self, at):
        p = self.__class__.__new__(self.__class__)
        p.root = self.root
        p._tree = self._tree
        p.at = at
        return p

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._tree.name_set()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        subs = map(self._next, self._tree.namelist())
        return filter(self._is_child, subs)

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return self.__repr.format(self=self)

    def joinpath(self, *other):
        if not other:
            return self
        return self._next(self._tree.resolve_dir(posixpath.join(self.at, *other)))

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return self.filename.parent
        parent_at = posixpath.dirname(self.at.rstrip('/'))
        if parent_at:
            parent_at += '/'
        return self._next(parent_at)
