# the site directories as site computes them, without touching sys.path
import os
import sys

before = list(sys.path)
import site

print(sys.path == before)
print(site.getsitepackages(['/opt/py']))
print(site.getsitepackages(['/a', '/a', '/b']))
os.environ['PYTHONUSERBASE'] = '/tmp/userbase-for-test'
site.USER_BASE = None
site.USER_SITE = None
print(site.getuserbase(), site.getusersitepackages())
print(site.USER_BASE, site.USER_SITE, site.ENABLE_USER_SITE, site.check_enableusersite())
print(site.makepath('/x', 'y', '..', 'z')[0])
