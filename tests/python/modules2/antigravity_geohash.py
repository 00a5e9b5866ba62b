# antigravity: importing it asks the browser named by BROWSER to open xkcd 353; geohash prints coordinates
import os
for var in ('DISPLAY', 'WAYLAND_DISPLAY', 'TERM'):
    os.environ.pop(var, None)
os.environ['BROWSER'] = 'true'
import antigravity
import webbrowser
print(webbrowser._tryorder)
antigravity.geohash(37.421542, -122.085589, b'2005-05-26-10458.68')
antigravity.geohash(-12.5, 100.25, b'2024-01-01-12345.67')
print(antigravity.geohash.__doc__.split('\n')[0])
