import shutil; u = shutil.disk_usage("/tmp"); print(type(u).__name__, u._fields, u.total >= u.used > 0, u.free > 0, u.total > 0)
try:
    shutil.disk_usage("/no/such/dir")
except FileNotFoundError as e:
    print(type(e).__name__, e)
