# sysconfig: platform and version, scheme paths for given bases, configuration variables
import sys
import sysconfig

print(sysconfig.get_platform().startswith('linux-'), sysconfig.get_python_version())
print(sysconfig.get_path_names())
print('posix_prefix' in sysconfig.get_scheme_names(), 'posix_user' in sysconfig.get_scheme_names())
bases = {'base': '/opt/x', 'platbase': '/opt/x', 'installed_base': '/opt/x', 'installed_platbase': '/opt/x'}
for key, value in sysconfig.get_paths('posix_prefix', bases).items():
    print(key, value)
print(sysconfig.get_path('purelib', 'posix_user', {'userbase': '/home/u/.local'}))
print(sysconfig.get_path('scripts', 'posix_home', {'base': '/h'}))
print(sysconfig.get_paths(expand=False)['purelib'])
print(sysconfig.get_config_var('VERSION'), sysconfig.get_config_var('py_version_short'),
      sysconfig.get_config_var('py_version_nodot'), sysconfig.get_config_var('no such var'))
print(sysconfig.get_config_vars('VERSION', 'py_version_nodot'))
print(sysconfig.get_config_var('prefix') == sys.prefix, isinstance(sysconfig.get_config_vars(), dict))
print(sysconfig.is_python_build())
try:
    sysconfig.get_preferred_scheme('nope')
except KeyError as e:
    print(repr(e))
print(sysconfig.get_preferred_scheme('user'), sysconfig.get_preferred_scheme('home'))
