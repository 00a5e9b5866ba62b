"""Guess the MIME type of a file from its name or URL, and the extensions of a MIME type.

Weft's own implementation of CPython 3.11's mimetypes: it starts from the same built-in tables
(_weft_mimetypes_table) and, on init(), adds the system's mime.types files (knownfiles).
"""

import os
import posixpath
import threading

import _weft_mimetypes_table as _defaults

__all__ = ["knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions", "guess_extension",
           "add_type", "init", "read_mime_types", "suffix_map", "encodings_map", "types_map", "common_types"]

knownfiles = [
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None
# init() replaces the module's tables as a unit; two threads initialising at once must not interleave
_init_lock = threading.RLock()


class MimeTypes:
    """MIME-types datastore: the built-in tables plus any mime.types files read into it.

    types_map and types_map_inv are pairs: index 0 holds the non-standard (not strict) types,
    index 1 the official ones.
    """

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = dict(_defaults.ENCODINGS_MAP)
        self.suffix_map = dict(_defaults.SUFFIX_MAP)
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, type in _defaults.TYPES_MAP.items():
            self.add_type(type, ext, True)
        for ext, type in _defaults.COMMON_TYPES.items():
            self.add_type(type, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Add a mapping between a type and an extension (with its leading dot)."""
        self.types_map[strict][ext] = type
        exts = self.types_map_inv[strict].setdefault(type, [])
        if ext not in exts:
            exts.append(ext)

    def guess_type(self, url, strict=True):
        """Guess the type of a file which is either a URL or a path-like object: (type, encoding)."""
        url = os.fspath(url)
        scheme, rest = _splittype(url)
        if scheme == "data":
            # data:[<mediatype>][;base64],<data>
            comma = rest.find(",")
            if comma < 0:
                return None, None
            semi = rest.find(";", 0, comma)
            type = rest[:semi] if semi >= 0 else rest[:comma]
            if "=" in type or "/" not in type:
                type = "text/plain"
            return type, None
        base, ext = posixpath.splitext(url)
        while (ext_lower := ext.lower()) in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext_lower])
        if ext in self.encodings_map:
            encoding = self.encodings_map[ext]
            base, ext = posixpath.splitext(base)
        else:
            encoding = None
        ext = ext.lower()
        types_map = self.types_map[True]
        if ext in types_map:
            return types_map[ext], encoding
        if strict:
            return None, encoding
        types_map = self.types_map[False]
        if ext in types_map:
            return types_map[ext], encoding
        return None, encoding

    def guess_all_extensions(self, type, strict=True):
        """Guess the extensions for a file based on its MIME type: a list, first the preferred."""
        type = type.lower()
        extensions = list(self.types_map_inv[True].get(type, []))
        if not strict:
            for ext in self.types_map_inv[False].get(type, []):
                if ext not in extensions:
                    extensions.append(ext)
        return extensions

    def guess_extension(self, type, strict=True):
        """Guess the extension for a file based on its MIME type, or None."""
        extensions = self.guess_all_extensions(type, strict)
        if not extensions:
            return None
        return extensions[0]

    def read(self, filename, strict=True):
        """Read a single mime.types-format file, specified by pathname."""
        with open(filename, encoding="utf-8") as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Read a single mime.types-format file: lines of a type then its extensions, '#' comments."""
        while line := fp.readline():
            words = line.split()
            for i in range(len(words)):
                if words[i][0] == "#":
                    del words[i:]
                    break
            if not words:
                continue
            type, suffixes = words[0], words[1:]
            for suff in suffixes:
                self.add_type(type, "." + suff, strict)

    def read_windows_registry(self, strict=True):
        """Load the MIME types database from Windows registry: there is none here."""
        return None


def _splittype(url):
    colon = url.find(":")
    if colon > 0 and "/" not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def guess_type(url, strict=True):
    """Guess the type of a file based on its URL: (type, encoding), either may be None."""
    if _db is None:
        init()
    return _db.guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Guess the extensions for a file based on its MIME type."""
    if _db is None:
        init()
    return _db.guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """Guess the extension for a file based on its MIME type."""
    if _db is None:
        init()
    return _db.guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Add a mapping between a type and an extension."""
    if _db is None:
        init()
    return _db.add_type(type, ext, strict)


def init(files=None):
    """Build the database from the built-in tables and the files (by default, knownfiles)."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    with _init_lock:
        inited = True
        if files is None or _db is None:
            db = MimeTypes()
            if files is None:
                files = knownfiles
            else:
                files = knownfiles + list(files)
        else:
            db = _db
        for file in files:
            if os.path.isfile(file):
                db.read(file)
        encodings_map = db.encodings_map
        suffix_map = db.suffix_map
        types_map = db.types_map[True]
        common_types = db.types_map[False]
        _db = db


def read_mime_types(file):
    """A mime.types file's type map, or None if it cannot be opened."""
    try:
        f = open(file, encoding="utf-8")
    except OSError:
        return None
    with f:
        db = MimeTypes()
        db.readfp(f, True)
        return db.types_map[True]


suffix_map = dict(_defaults.SUFFIX_MAP)
encodings_map = dict(_defaults.ENCODINGS_MAP)
types_map = dict(_defaults.TYPES_MAP)
common_types = dict(_defaults.COMMON_TYPES)


def _main():
    """python -m mimetypes [-l] [-e] name ...: the type of each file name (or with -e, a type's extension)."""
    import getopt
    import sys

    USAGE = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""

    def usage(code, msg=''):
        print(USAGE)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as msg:
        usage(1, msg)
    strict = 1
    extension = 0
    for opt, arg in opts:
        if opt in ('-h', '--help'):
            usage(0)
        elif opt in ('-l', '--lenient'):
            strict = 0
        elif opt in ('-e', '--extension'):
            extension = 1
    for gtype in args:
        if extension:
            guess = guess_extension(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print(guess)
        else:
            guess, encoding = guess_type(gtype, strict)
            if not guess:
                print("I don't know anything about type", gtype)
            else:
                print('type:', guess, 'encoding:', encoding)


if __name__ == '__main__':
    _main()
