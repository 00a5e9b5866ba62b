# webbrowser with no display, no terminal browser and no BROWSER: open() is False, get() raises
import os
for var in ('DISPLAY', 'WAYLAND_DISPLAY', 'TERM', 'BROWSER'):
    os.environ.pop(var, None)
import webbrowser
print(webbrowser._tryorder)
print(webbrowser.open('http://example.invalid/'), webbrowser.open_new('x'), webbrowser.open_new_tab('y'))
print(webbrowser._tryorder)
try:
    webbrowser.get()
except webbrowser.Error as e:
    print('Error:', e)
try:
    webbrowser.get('no-such-browser-here')
except webbrowser.Error as e:
    print('Error:', e)
print(sorted(webbrowser.__all__))
b = webbrowser.BaseBrowser('x')
print(b.name, b.basename, b.args)
try:
    b.open('u')
except NotImplementedError:
    print('NotImplementedError')
g = webbrowser.GenericBrowser(['prog', '--url=%s'])
print(g.name, g.args, g.basename, webbrowser.GenericBrowser('/usr/bin/thing').basename)
print(webbrowser.GenericBrowser('/no/such/browser/program').open('http://x'))
