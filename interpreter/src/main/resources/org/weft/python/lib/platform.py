"""Facts about the platform the interpreter runs on (the JVM's view of the machine).

Weft reports itself as CPython-compatible Python 3.11.7: python_implementation() is 'CPython'
so that version checks in user code keep working; sys.implementation.name tells it is Weft.
"""

import os as _os
import sys as _sys

__all__ = ["system", "node", "release", "version", "machine", "processor", "uname",
           "platform", "python_version", "python_version_tuple", "python_implementation",
           "python_compiler", "python_build", "architecture", "libc_ver"]


class uname_result(tuple):
    """uname_result(system, node, release, version, machine) plus the processor."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine, processor=''):
        return tuple.__new__(cls, (system, node, release, version, machine, processor))

    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[5])

    def __repr__(self):
        return ('uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)'
                % tuple.__getitem__(self, slice(0, 5)))


def _uname_os():
    try:
        return _os.uname()
    except (AttributeError, OSError):
        return None


def uname():
    """(system, node, release, version, machine) of this machine."""
    u = _uname_os()
    if u is not None:
        return uname_result(u.sysname, u.nodename, u.release, u.version, u.machine, u.machine)
    return uname_result('Linux', '', '', '', '', '')


def system():
    """The OS name, e.g. 'Linux', 'Darwin' or 'Windows'."""
    return uname()[0]


def node():
    """The computer's network name (may be '')."""
    return uname()[1]


def release():
    """The OS release, e.g. '6.1.0'."""
    return uname()[2]


def version():
    """The OS version string."""
    return uname()[3]


def machine():
    """The machine type, e.g. 'x86_64'."""
    return uname()[4]


def processor():
    """The processor name (CPython on Linux gives the machine type or '')."""
    return uname().processor


def python_version():
    """'major.minor.patchlevel', e.g. '3.11.7'."""
    return '%d.%d.%d' % tuple(_sys.version_info[:3])


def python_version_tuple():
    return tuple(str(x) for x in _sys.version_info[:3])


def python_implementation():
    """'CPython': Weft implements CPython 3.11's language and library semantics."""
    return 'CPython'


def python_compiler():
    return 'Java'


def python_build():
    return ('main', '')


def python_branch():
    return ''


def python_revision():
    return ''


def architecture(executable=None, bits='', linkage=''):
    """(bits, linkage) of the interpreter: '64bit' and 'ELF' on Linux."""
    return ('64bit' if _sys.maxsize > 2 ** 32 else '32bit', 'ELF' if system() == 'Linux' else linkage)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """('glibc', version) on Linux; the version only where os.confstr can tell it."""
    if system() != 'Linux':
        return (lib, version)
    try:
        text = _os.confstr('CS_GNU_LIBC_VERSION')
    except (AttributeError, ValueError, OSError):
        text = None
    if text and text.startswith('glibc '):
        return ('glibc', text.split()[1])
    found = _glibc_version_of(_loaded_libc())
    return ('glibc', found or version)


def _loaded_libc():
    """The path of the C library this process has mapped (the JVM's), or None."""
    try:
        with open('/proc/self/maps') as f:
            for line in f:
                path = line.split()[-1]
                if path.startswith('/') and _os.path.basename(path).startswith('libc.so'):
                    return path
    except OSError:
        pass
    return None


def _glibc_version_of(path):
    """The highest GLIBC_x.y symbol version a glibc defines, which is its own release.

    CPython asks confstr(CS_GNU_LIBC_VERSION), else scans its executable for these strings;
    the JVM offers neither, so scan the library itself."""
    if path is None:
        return ''
    found = _glibc_versions.get(path)
    if found is None:
        found = _glibc_versions[path] = _scan_glibc_version(path)
    return found


# path -> version: the scan reads megabytes, and a library's version does not change while it is mapped
_glibc_versions = {}


def _scan_glibc_version(path):
    import re
    try:
        with open(path, 'rb') as f:
            data = f.read()
    except OSError:
        return ''
    best = None
    for m in re.finditer(rb'GLIBC_(\d+)\.(\d+)(?:\.(\d+))?', data):
        v = tuple(int(x) for x in m.groups() if x is not None)
        if best is None or v > best:
            best = v
    return '.'.join(map(str, best)) if best else ''


def platform(aliased=False, terse=False):
    """One line naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    # On Linux CPython's terse form is the same as the full one.
    u = uname()
    text = '%s-%s-%s' % (u.system, u.release, u.machine)
    if u.system == 'Linux':
        lib, version = libc_ver()
        text += '-with-' + lib + version
    return text


if __name__ == '__main__':
    # As CPython: the aliased verbose string by default; 'terse' and 'nonaliased' (or --terse,
    # --nonaliased) anywhere among the arguments.
    terse = ('terse' in _sys.argv or '--terse' in _sys.argv)
    aliased = ('nonaliased' not in _sys.argv and '--nonaliased' not in _sys.argv)
    print(platform(aliased, terse))
    _sys.exit(0)
