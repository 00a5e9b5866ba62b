import platform
import sys

print(platform.python_version())
print(platform.python_version_tuple())
print(platform.python_implementation())
print(platform.system())
print(platform.machine() != '', platform.node() == platform.uname().node)
print(platform.release() == platform.uname().release)
u = platform.uname()
print(u.system == platform.system(), len(u), type(u).__name__)
print(platform.platform().startswith(platform.system() + '-'))
print(platform.architecture()[0])
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3])
