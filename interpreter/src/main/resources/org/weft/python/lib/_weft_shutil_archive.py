"""The archive functions of shutil (weft's own implementation): make_archive, unpack_archive and
their format registries, over zipfile and tarfile. bztar and xztar are listed, as in a CPython
with bz2 and lzma, but making or reading them fails: weft has neither compressor.
"""
import os


class RegistryError(Exception):
    """Raised when registering an unpack format whose extension another format has."""


def _make_tarball(base_name, base_dir, compress="gzip", verbose=0, dry_run=0, owner=None, group=None,
                  logger=None, root_dir=None):
    """Makes base_name.tar[.gz|.bz2|.xz] of base_dir (relative to root_dir when given)."""
    suffixes = {None: '', 'gzip': 'gz', 'bzip2': 'bz2', 'xz': 'xz'}
    if compress not in suffixes:
        raise ValueError("bad value for 'compress', or compression format not supported : {0}".format(compress))
    import tarfile
    tar_compression = suffixes[compress]
    archive_name = base_name + '.tar' + ('.' + tar_compression if compress else '')
    archive_dir = os.path.dirname(archive_name)
    if archive_dir and not os.path.exists(archive_dir):
        if not dry_run:
            os.makedirs(archive_dir)

    def set_owner(tarinfo):
        if group is not None:
            tarinfo.gname = group
        if owner is not None:
            tarinfo.uname = owner
        return tarinfo

    if not dry_run:
        tar = tarfile.open(archive_name, 'w|%s' % tar_compression)
        arcname = base_dir
        if root_dir is not None:
            base_dir = os.path.join(root_dir, base_dir)
        try:
            tar.add(base_dir, arcname, filter=set_owner)
        finally:
            tar.close()
    if root_dir is not None:
        archive_name = os.path.abspath(archive_name)
    return archive_name


_make_tarball.supports_root_dir = True


def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None, owner=None, group=None, root_dir=None):
    """Makes base_name.zip of base_dir (relative to root_dir when given), directories included."""
    import zipfile
    zip_filename = base_name + ".zip"
    archive_dir = os.path.dirname(base_name)
    if archive_dir and not os.path.exists(archive_dir):
        if not dry_run:
            os.makedirs(archive_dir)
    if not dry_run:
        with zipfile.ZipFile(zip_filename, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            arcname = os.path.normpath(base_dir)
            if root_dir is not None:
                base_dir = os.path.join(root_dir, base_dir)
            base_dir = os.path.normpath(base_dir)
            if arcname != os.curdir:
                zf.write(base_dir, arcname)
            for dirpath, dirnames, filenames in os.walk(base_dir):
                arcdirpath = dirpath
                if root_dir is not None:
                    arcdirpath = os.path.relpath(arcdirpath, root_dir)
                arcdirpath = os.path.normpath(arcdirpath)
                for name in sorted(dirnames):
                    zf.write(os.path.join(dirpath, name), os.path.join(arcdirpath, name))
                for name in filenames:
                    path = os.path.normpath(os.path.join(dirpath, name))
                    if os.path.isfile(path):
                        zf.write(path, os.path.join(arcdirpath, name))
    if root_dir is not None:
        zip_filename = os.path.abspath(zip_filename)
    return zip_filename


_make_zipfile.supports_root_dir = True

_ARCHIVE_FORMATS = {
    'tar': (_make_tarball, [('compress', None)], "uncompressed tar file"),
    'gztar': (_make_tarball, [('compress', 'gzip')], "gzip'ed tar-file"),
    'bztar': (_make_tarball, [('compress', 'bzip2')], "bzip2'ed tar-file"),
    'xztar': (_make_tarball, [('compress', 'xz')], "xz'ed tar-file"),
    'zip': (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """Returns a list of supported formats for archiving and unarchiving: (name, description) pairs."""
    return sorted((name, info[2]) for name, info in _ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    """Registers an archive format: function(base_name, base_dir, **kwargs) makes it."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError('extra_args needs to be a sequence')
    for element in extra_args:
        if not isinstance(element, (tuple, list)) or len(element) != 2:
            raise TypeError('extra_args elements are : (arg_name, value)')
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0, owner=None, group=None,
                 logger=None):
    """Creates an archive file (zip or tar) of base_dir inside root_dir, named base_name plus the
    format's extension; returns its name."""
    try:
        func, extra_args, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    kwargs = dict(extra_args)
    kwargs.update(dry_run=dry_run, owner=owner, group=group)
    save_cwd = None
    if root_dir is not None:
        if getattr(func, 'supports_root_dir', False):
            kwargs['root_dir'] = root_dir
        else:
            save_cwd = os.getcwd()
            base_name = os.path.abspath(base_name)
            if not dry_run:
                os.chdir(root_dir)
    if base_dir is None:
        base_dir = os.curdir
    try:
        return func(base_name, base_dir, **kwargs)
    finally:
        if save_cwd is not None:
            os.chdir(save_cwd)


def _ensure_directory(path):
    dirname = os.path.dirname(path)
    if not os.path.isdir(dirname):
        os.makedirs(dirname)


def _unpack_zipfile(filename, extract_dir):
    import zipfile
    import shutil
    if not zipfile.is_zipfile(filename):
        raise shutil.ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as zf:
        for info in zf.infolist():
            name = info.filename
            # names that would leave extract_dir are skipped
            if name.startswith('/') or '..' in name:
                continue
            target = os.path.join(extract_dir, *name.split('/'))
            if not target:
                continue
            _ensure_directory(target)
            if not name.endswith('/'):
                with zf.open(name, 'r') as source, open(target, 'wb') as out:
                    shutil.copyfileobj(source, out)


def _unpack_tarfile(filename, extract_dir, *, filter=None):
    import tarfile
    import shutil
    try:
        tarobj = tarfile.open(filename)
    except tarfile.TarError:
        raise shutil.ReadError("%s is not a compressed or uncompressed tar file" % filename)
    try:
        tarobj.extractall(extract_dir, filter=filter)
    finally:
        tarobj.close()


_UNPACK_FORMATS = {
    'tar': (['.tar'], _unpack_tarfile, [], "uncompressed tar file"),
    'zip': (['.zip'], _unpack_zipfile, [], "ZIP file"),
    'gztar': (['.tar.gz', '.tgz'], _unpack_tarfile, [], "gzip'ed tar-file"),
    'bztar': (['.tar.bz2', '.tbz2'], _unpack_tarfile, [], "bzip2'ed tar-file"),
    'xztar': (['.tar.xz', '.txz'], _unpack_tarfile, [], "xz'ed tar-file"),
}


def get_unpack_formats():
    """Returns a list of supported formats for unpacking: (name, extensions, description)."""
    return sorted((name, info[0], info[3]) for name, info in _UNPACK_FORMATS.items())


def _check_unpack_options(extensions, function, extra_args):
    existing = {}
    for name, info in _UNPACK_FORMATS.items():
        for ext in info[0]:
            existing[ext] = name
    for extension in extensions:
        if extension in existing:
            raise RegistryError('%s is already registered for "%s"' % (extension, existing[extension]))
    if not callable(function):
        raise TypeError('The registered function must be a callable')


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Registers an unpack format: function(filename, extract_dir, **kwargs) unpacks it."""
    if extra_args is None:
        extra_args = []
    _check_unpack_options(extensions, function, extra_args)
    _UNPACK_FORMATS[name] = extensions, function, extra_args, description


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _find_unpack_format(filename):
    for name, info in _UNPACK_FORMATS.items():
        for extension in info[0]:
            if filename.endswith(extension):
                return name
    return None


def unpack_archive(filename, extract_dir=None, format=None, *, filter=None):
    """Unpacks the archive filename into extract_dir (the current directory by default), its
    format given or found from the file name's extension."""
    import shutil
    if extract_dir is None:
        extract_dir = os.getcwd()
    extract_dir = os.fspath(extract_dir)
    filename = os.fspath(filename)
    kwargs = {} if filter is None else {'filter': filter}
    if format is not None:
        try:
            info = _UNPACK_FORMATS[format]
        except KeyError:
            raise ValueError("Unknown unpack format '{0}'".format(format)) from None
        info[1](filename, extract_dir, **dict(info[2]))
        return
    format = _find_unpack_format(filename)
    if format is None:
        raise shutil.ReadError("Unknown archive format '{0}'".format(filename))
    info = _UNPACK_FORMATS[format]
    info[1](filename, extract_dir, **dict(info[2]), **kwargs)
