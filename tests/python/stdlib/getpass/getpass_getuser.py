# getuser from the environment, in its order; GetPassWarning
import getpass
import os

for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
    os.environ.pop(name, None)
os.environ['USERNAME'] = 'from_username'
print(getpass.getuser())
os.environ['USER'] = 'from_user'
print(getpass.getuser())
os.environ['LOGNAME'] = 'from_logname'
print(getpass.getuser())
os.environ['LOGNAME'] = ''
print(getpass.getuser())
print(issubclass(getpass.GetPassWarning, UserWarning), callable(getpass.getpass))
print(getpass.__all__)
