# BROWSER names the commands to try, first first; "%s" marks where the URL goes
import os
for var in ('DISPLAY', 'WAYLAND_DISPLAY', 'TERM'):
    os.environ.pop(var, None)
os.environ['BROWSER'] = os.pathsep.join(['/bin/false', 'true %s'])
import webbrowser
print(webbrowser.open('http://example.invalid/'))
print(webbrowser._tryorder)
print(type(webbrowser.get()).__name__, webbrowser.get().name)
b = webbrowser.get('sh -c "exit 3" %s')
print(type(b).__name__, b.name, b.args, b.open('u'))
print(type(webbrowser.get('sleep 0 %s &')).__name__)
webbrowser.register('mine', webbrowser.GenericBrowser, preferred=True)
print(webbrowser._tryorder[0], webbrowser._browsers['mine'])
class Fake(webbrowser.BaseBrowser):
    def open(self, url, new=0, autoraise=True):
        print('Fake.open', url, new, autoraise)
        return True
webbrowser.register('fake', None, Fake('fake'), preferred=True)
print(webbrowser.open('http://a/', new=2), webbrowser.get('fake').open_new('http://b/'))
