# Reading a config that does not exist: the program ends with an uncaught FileNotFoundError.
import os

def load_settings(path):
    settings = {}
    with open(path) as f:
        for line in f:
            key, _, value = line.partition("=")
            settings[key.strip()] = value.strip()
    return settings

print("looking for settings")
try:
    load_settings("no_such_dir/settings.ini")
except FileNotFoundError as e:
    print(type(e).__name__, e)
    print(e.errno, e.strerror, e.filename, e.args)
try:
    open("")
except FileNotFoundError as e:
    print(type(e).__name__, e)
try:
    os.stat("missing-file.cfg")
except OSError as e:
    print(type(e).__name__, e)
print(load_settings("settings_missing.ini"))
