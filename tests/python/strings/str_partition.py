print("key=value=more".partition("="), "key=value=more".rpartition("="))
print("nothing".partition("="), "nothing".rpartition("="))
print("http://host/path".partition("://"))
