# configparser quick start (read_string, sections, fallbacks, interpolation, writing) and tomllib.loads.
import configparser
import io
import tomllib
config = configparser.ConfigParser()
config['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes', 'CompressionLevel': '9'}
config['forge.example'] = {}
config['forge.example']['User'] = 'hg'
config['topsecret.server.example'] = {}
topsecret = config['topsecret.server.example']
topsecret['Port'] = '50022'
topsecret['ForwardX11'] = 'no'
config['DEFAULT']['ForwardX11'] = 'yes'
out = io.StringIO()
config.write(out)
print(out.getvalue())
config = configparser.ConfigParser()
print(config.sections())
config.read_string(out.getvalue())
print(config.sections(), 'forge.example' in config, 'python.org' in config, config['forge.example']['User'], config['DEFAULT']['Compression'])
topsecret = config['topsecret.server.example']
print(topsecret['ForwardX11'], topsecret['Port'], [key for key in config['forge.example']])
print(config['forge.example']['ForwardX11'], int(topsecret['Port']), float(topsecret['CompressionLevel']), config['forge.example'].getboolean('ForwardX11'))
print(config.getboolean('forge.example', 'Compression'), topsecret.get('Cipher'), topsecret.get('Cipher', '3des-cbc'), config.get('forge.example', 'monster', fallback='No such things as monsters'))
print(topsecret.getint('Port'), config.getfloat('topsecret.server.example', 'CompressionLevel'), config.has_option('forge.example', 'user'), config.options('forge.example'))
sample = """
[Paths]
home_dir: /Users
my_dir: %(home_dir)s/lumberjack
my_pictures: %(my_dir)s/Pictures
[Escape]
gain: 80%%
[Multi]
key = first line
  second line
empty =
"""
c = configparser.ConfigParser()
c.read_string(sample)
print(c['Paths']['my_pictures'], c['Escape']['gain'], repr(c['Multi']['key']), repr(c['Multi']['empty']), c.get('Paths', 'my_dir', raw=True))
e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string('[Common]\nhome_dir: /Users\n[Frameworks]\npath: ${Common:home_dir}/Frameworks\n')
print(e['Frameworks']['path'])
for bad in ('[s]\nk = 1\nk = 2\n', 'no section header\n', '[s]\n[s]\n'):
    try:
        configparser.ConfigParser().read_string(bad)
    except configparser.Error as err:
        print(type(err).__name__ + ':', str(err).replace('\n', ' | '))
try:
    c.get('Nope', 'x')
except configparser.NoSectionError as err:
    print('NoSectionError:', err)
try:
    c['Paths']['missing']
except KeyError as err:
    print('KeyError:', err)
bad = configparser.ConfigParser()
bad.read_string('[x]\na = %(b)s\n')
try:
    bad['x']['a']
except configparser.InterpolationMissingOptionError as err:
    print('InterpolationMissingOptionError:', str(err).replace('\n', ' | '))
toml = '''
title = "TOML Example"
[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
[database]
enabled = true
ports = [ 8000, 8001, 8002 ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }
[servers.alpha]
ip = "10.0.0.1"
role = "frontend"
[[products]]
name = "Hammer"
sku = 738594937
[[products]]
name = "Nail"
'''
doc = tomllib.loads(toml)
print(doc['title'], doc['owner'], doc['database'], doc['servers'], doc['products'])
print(tomllib.loads('a = 0x1F\nb = 1_000\nc = inf\nd = """\nmulti\nline"""\ne = \'literal\\n\'\nf = 1979-05-27\ng = 07:32:00'))
print(tomllib.loads('x = 1.5', parse_float=str))
try:
    tomllib.loads('a = 1\na = 2')
except tomllib.TOMLDecodeError as err:
    print('TOMLDecodeError:', err)
