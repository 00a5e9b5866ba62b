import os
import platform

u = platform.uname()
o = os.uname()
print(u.system == o.sysname, u.node == o.nodename, u.release == o.release, u.version == o.version,
      u.machine == o.machine)
print(list(u) == [u.system, u.node, u.release, u.version, u.machine])
print(repr(u).startswith("uname_result(system='Linux'"))
print(platform.platform(terse=True).startswith(platform.system() + "-" + platform.release()))
print(isinstance(platform.processor(), str))
