"""sysconfig: the installation scheme and build configuration (weft's own implementation).
Weft is not built from C, so the configuration variables are the few that describe the
interpreter and its layout (version, prefixes, platform); the build's compiler settings are
absent (get_config_var returns None for them, as for any unknown name)."""
import os
import sys

__all__ = ['get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename',
           'get_path', 'get_path_names', 'get_paths', 'get_platform', 'get_python_version',
           'get_scheme_names', 'parse_config_h', 'is_python_build', 'get_default_scheme',
           'get_preferred_scheme']

_INSTALL_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{userbase}/lib/python{py_version_short}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}/site-packages',
        'include': '{userbase}/include/python{py_version_short}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
    'posix_venv': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}',
        'purelib': '{base}/lib/python{py_version_short}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
}
_SCHEME_KEYS = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'scripts', 'data')

_config_vars = None


def _getuserbase():
    env_base = os.environ.get("PYTHONUSERBASE", None)
    if env_base:
        return env_base
    return os.path.join(os.path.expanduser("~"), ".local")


def get_config_vars(*args):
    """With no arguments, return a dictionary of all configuration variables relevant for the
    current platform; with arguments, a list of their values."""
    global _config_vars
    if _config_vars is None:
        version = '%d.%d' % sys.version_info[:2]
        micro = '%d.%d.%d' % sys.version_info[:3]
        prefix = os.path.normpath(sys.prefix) if sys.prefix else sys.prefix
        exec_prefix = os.path.normpath(sys.exec_prefix) if sys.exec_prefix else sys.exec_prefix
        base_prefix = getattr(sys, 'base_prefix', prefix)
        base_exec_prefix = getattr(sys, 'base_exec_prefix', exec_prefix)
        _config_vars = {
            'prefix': prefix, 'exec_prefix': exec_prefix,
            'py_version': micro, 'py_version_short': version, 'py_version_nodot': version.replace('.', ''),
            'py_version_nodot_plat': '',
            'installed_base': base_prefix, 'base': prefix, 'installed_platbase': base_exec_prefix,
            'platbase': exec_prefix, 'projectbase': os.path.dirname(sys.executable) if sys.executable else '',
            'platlibdir': getattr(sys, 'platlibdir', 'lib'), 'abiflags': getattr(sys, 'abiflags', ''),
            'implementation': 'Weft', 'implementation_lower': sys.implementation.name,
            'userbase': _getuserbase(), 'VERSION': version, 'SIZEOF_VOID_P': 8,
            'Py_DEBUG': 0, 'Py_ENABLE_SHARED': 0, 'EXT_SUFFIX': None, 'SOABI': None,
            'BINDIR': os.path.join(exec_prefix, 'bin'), 'LIBDIR': os.path.join(exec_prefix, 'lib'),
            'srcdir': os.path.dirname(sys.executable) if sys.executable else os.getcwd(),
            'MACHDEP': sys.platform,
        }
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """Return the value of a single variable using the dictionary returned by
    'get_config_vars()'."""
    return get_config_vars().get(name)


def get_scheme_names():
    """Return a tuple containing the schemes names."""
    return tuple(sorted(_INSTALL_SCHEMES))


def get_path_names():
    """Return a tuple containing the paths names."""
    return _SCHEME_KEYS


def get_default_scheme():
    return 'posix_venv' if sys.prefix != getattr(sys, 'base_prefix', sys.prefix) else 'posix_prefix'


def get_preferred_scheme(key):
    if key == 'prefix':
        return get_default_scheme()
    if key == 'home':
        return 'posix_home'
    if key == 'user':
        return 'posix_user'
    raise KeyError(key)


def _expand(template, variables):
    class _Vars(dict):
        def __missing__(self, key):
            value = os.environ.get(key.upper())
            if value is None:
                raise AttributeError('{%s}' % key)
            return value
    return os.path.normpath(template.format_map(_Vars(variables)))


def get_paths(scheme=None, vars=None, expand=True):
    """Return a mapping containing an install scheme."""
    scheme = scheme or get_default_scheme()
    if not expand:
        return dict(_INSTALL_SCHEMES[scheme])
    variables = dict(get_config_vars())
    if vars:
        variables.update(vars)
    return {key: _expand(value, variables) for key, value in _INSTALL_SCHEMES[scheme].items()}


def get_path(name, scheme=None, vars=None, expand=True):
    """Return a path corresponding to the scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """Return a string that identifies the current platform: 'linux-x86_64', 'linux-aarch64'."""
    machine = os.uname().machine.lower().replace(' ', '_').replace('/', '-')
    return '%s-%s' % (sys.platform if sys.platform != 'linux2' else 'linux', machine)


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def is_python_build(check_home=False):
    return False


def get_makefile_filename():
    """Weft has no Makefile: the name CPython's layout would give (the file does not exist)."""
    return os.path.join(get_path('stdlib'), 'config-%s' % get_python_version(), 'Makefile')


def get_config_h_filename():
    return os.path.join(get_path('include'), 'pyconfig.h')


def parse_config_h(fp, vars=None):
    """Parse a config.h-style file into a dictionary."""
    import re
    if vars is None:
        vars = {}
    define_rx = re.compile("#define ([A-Z][A-Za-z0-9_]+) (.*)\n")
    undef_rx = re.compile("/[*] #undef ([A-Z][A-Za-z0-9_]+) [*]/\n")
    while True:
        line = fp.readline()
        if not line:
            break
        m = define_rx.match(line)
        if m:
            n, v = m.group(1, 2)
            try:
                v = int(v)
            except ValueError:
                pass
            vars[n] = v
        else:
            m = undef_rx.match(line)
            if m:
                vars[m.group(1)] = 0
    return vars


def _print_dict(title, data):
    for index, (key, value) in enumerate(sorted(data.items())):
        if index == 0:
            print(f'{title}: ')
        print(f'\t{key} = "{value}"')


def _main():
    """python -m sysconfig: the platform, version, scheme, paths and variables, as CPython prints them."""
    import sys
    if '--generate-posix-vars' in sys.argv:
        # CPython writes _sysconfigdata from its build's Makefile; weft has no build tree.
        return
    print(f'Platform: "{get_platform()}"')
    print(f'Python version: "{get_python_version()}"')
    print(f'Current installation scheme: "{get_default_scheme()}"')
    print()
    _print_dict('Paths', get_paths())
    print()
    _print_dict('Variables', get_config_vars())


if __name__ == '__main__':
    _main()
