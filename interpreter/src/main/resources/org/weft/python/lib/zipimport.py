"""zipimport provides support for importing Python modules from Zip archives (written for Weft).

Weft's import system itself finds modules in a zip archive named on sys.path; zipimporter
is the object interface to the same thing: find, read and load the modules and data of one
archive (or of a folder inside it), with the zipfile module doing the reading.
"""
import importlib.util
import os
import sys
import warnings
import zipfile

__all__ = ['ZipImportError', 'zipimporter']

path_sep = '/'
alt_path_sep = ''

# every archive's table of contents read so far, by archive path, as CPython keeps one:
# names -> (compressed size, size, data offset); read afresh by invalidate_caches
_zip_directory_cache = {}

END_CENTRAL_DIR_SIZE = 22
STRING_END_ARCHIVE = b'PK\x05\x06'
MAX_COMMENT_LEN = (1 << 16) - 1


class ZipImportError(ImportError):
    pass


def _read_directory(archive):
    try:
        with zipfile.ZipFile(archive) as z:
            return {info.filename: (info.compress_size, info.file_size, info.header_offset) for info in z.infolist()}
    except (OSError, zipfile.BadZipFile):
        raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)


class zipimporter:
    """zipimporter(archivepath) -> zipimporter object

    Create a new zipimporter instance. 'archivepath' must be a path to
    a zipfile, or to a specific path inside a zipfile. For example, it can be
    '/tmp/myimport.zip', or '/tmp/myimport.zip/mydirectory', if mydirectory is a
    valid directory inside the archive.

    'ZipImportError is raised if 'archivepath' doesn't point to a valid Zip
    archive.

    The 'archive' attribute of zipimporter objects contains the name of the
    zipfile targeted.
    """

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"expected str, not {type(path)!r}")
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        prefix = []
        # split off the folders inside the archive, walking up to the file
        while True:
            try:
                st = os.stat(path)
            except (OSError, ValueError):
                dirname, basename = os.path.split(path)
                if dirname == path:
                    raise ZipImportError('not a Zip file', path=path)
                path = dirname
                prefix.append(basename)
            else:
                if (st.st_mode & 0o170000) != 0o100000:  # not a regular file
                    raise ZipImportError('not a Zip file', path=path)
                break
        if path not in _zip_directory_cache:
            _zip_directory_cache[path] = _read_directory(path)
        self._files = _zip_directory_cache[path]
        self.archive = path
        self.prefix = path_sep.join(reversed(prefix))
        if self.prefix:
            self.prefix += path_sep

    def _subname(self, fullname):
        return fullname.rpartition('.')[2]

    def _module_info(self, fullname):
        """('package' or 'module', path inside the archive) of fullname, or None."""
        base = self.prefix + self._subname(fullname)
        if base + '/__init__.py' in self._files:
            return 'package', base + '/__init__.py'
        if base + '.py' in self._files:
            return 'module', base + '.py'
        return None

    def _read(self, name):
        with zipfile.ZipFile(self.archive) as z:
            return z.read(name)

    def find_loader(self, fullname, path=None):
        """find_loader(fullname, path=None) -> self, str or None.

        Search for a module specified by 'fullname'. 'fullname' must be the
        fully qualified (dotted) module name. It returns the zipimporter
        instance itself if the module was found, a string containing the
        full path name if it's possibly a portion of a namespace package,
        or None otherwise. The optional 'path' argument is ignored -- it's
        there for compatibility with the importer protocol.

        Deprecated since Python 3.10. Use find_spec() instead.
        """
        warnings.warn("zipimporter.find_loader() is deprecated and slated for removal in Python 3.12; "
                      "use find_spec() instead", DeprecationWarning)
        if self._module_info(fullname) is not None:
            return self, []
        dirpath = self.prefix + self._subname(fullname)
        if dirpath + '/' in self._files or any(n.startswith(dirpath + '/') for n in self._files):
            return None, [f'{self.archive}{path_sep}{dirpath}']
        return None, []

    def find_module(self, fullname, path=None):
        """find_module(fullname, path=None) -> self or None.

        Deprecated since Python 3.10. Use find_spec() instead.
        """
        warnings.warn("zipimporter.find_module() is deprecated and slated for removal in Python 3.12; "
                      "use find_spec() instead", DeprecationWarning)
        return self.find_loader(fullname, path)[0]

    def find_spec(self, fullname, target=None):
        """Create a ModuleSpec for the specified module.

        Returns None if the module cannot be found.
        """
        info = self._module_info(fullname)
        if info is not None:
            spec = importlib.util.spec_from_loader(fullname, self, is_package=info[0] == 'package')
            if spec is not None:
                spec.origin = self.get_filename(fullname)
                spec.has_location = True
                if info[0] == 'package':
                    spec.submodule_search_locations = [
                        f'{self.archive}{path_sep}{self.prefix}{self._subname(fullname)}']
            return spec
        dirpath = self.prefix + self._subname(fullname)
        if any(n.startswith(dirpath + '/') for n in self._files):
            # a folder with no __init__.py: a portion of a namespace package
            spec = importlib.util.spec_from_loader(fullname, None)
            spec.submodule_search_locations = [f'{self.archive}{path_sep}{dirpath}']
            return spec
        return None

    def get_code(self, fullname):
        """get_code(fullname) -> code object.

        Return the code object for the specified module. Raise ZipImportError
        if the module couldn't be imported.
        """
        return compile(self.get_source(fullname), self.get_filename(fullname), 'exec', dont_inherit=True)

    def get_data(self, pathname):
        """get_data(pathname) -> string with file data.

        Return the data associated with 'pathname'. Raise OSError if
        the file wasn't found.
        """
        key = pathname
        if key.startswith(self.archive + path_sep):
            key = key[len(self.archive + path_sep):]
        if key not in self._files:
            raise OSError(0, '', key)
        return self._read(key)

    def get_filename(self, fullname):
        """get_filename(fullname) -> filename string.

        Return the filename for the specified module or raise ZipImportError
        if it couldn't be imported.
        """
        info = self._module_info(fullname)
        if info is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return f'{self.archive}{path_sep}{info[1]}'

    def get_source(self, fullname):
        """get_source(fullname) -> source string.

        Return the source code for the specified module. Raise ZipImportError
        if the module couldn't be found, return None if the archive does
        contain the module, but has no source for it.
        """
        info = self._module_info(fullname)
        if info is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return importlib.util.decode_source(self._read(info[1]))

    def is_package(self, fullname):
        """is_package(fullname) -> bool.

        Return True if the module specified by fullname is a package.
        Raise ZipImportError if the module couldn't be found.
        """
        info = self._module_info(fullname)
        if info is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return info[0] == 'package'

    def create_module(self, spec):
        """Use default semantics for module creation."""
        return None

    def exec_module(self, module):
        """Execute the module."""
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """load_module(fullname) -> module.

        Load the module specified by 'fullname'. 'fullname' must be the
        fully qualified (dotted) module name. It returns the imported
        module, or raises ZipImportError if it could not be imported.

        Deprecated since Python 3.10. Use exec_module() instead.
        """
        warnings.warn("zipimport.zipimporter.load_module() is deprecated and slated for removal in "
                      "Python 3.12; use exec_module() instead", DeprecationWarning)
        code = self.get_code(fullname)
        modpath = self.get_filename(fullname)
        mod = sys.modules.get(fullname)
        if mod is None or not isinstance(mod, type(sys)):
            mod = type(sys)(fullname)
            sys.modules[fullname] = mod
        mod.__loader__ = self
        try:
            if self.is_package(fullname):
                mod.__path__ = [f'{self.archive}{path_sep}{self.prefix}{self._subname(fullname)}']
            mod.__file__ = modpath
            mod.__spec__ = self.find_spec(fullname)
            exec(code, mod.__dict__)
        except BaseException:
            del sys.modules[fullname]
            raise
        return sys.modules[fullname]

    def get_resource_reader(self, fullname):
        """Return the ResourceReader for a package in a zip file."""
        try:
            if not self.is_package(fullname):
                return None
        except ZipImportError:
            return None
        return None

    def invalidate_caches(self):
        """Reload the file data of the archive path."""
        try:
            self._files = _read_directory(self.archive)
            _zip_directory_cache[self.archive] = self._files
        except ZipImportError:
            _zip_directory_cache.pop(self.archive, None)
            self._files = {}

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'
