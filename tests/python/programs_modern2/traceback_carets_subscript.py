# Uncaught KeyError deep in a subscript chain.
config = {"db": {"hosts": [{"name": "a"}]}}
print(config["db"]["hosts"][0]["name"])
print(config["db"]["hosts"][0]["port"])
