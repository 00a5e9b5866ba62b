import configparser

cp = configparser.ConfigParser()
cp.read_string("""
[main]
name = demo
retries = 3
""")
print(cp.get("main", "name"), cp.getint("main", "retries"))
print(cp.get("main", "timeout", fallback="30"))
print(cp.get("network", "host"))
