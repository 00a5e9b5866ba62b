tree = {"name": "root", "size": 1, "children": [
    {"name": "docs", "size": 10, "children": [
        {"name": "a.txt", "size": 3, "children": []},
        {"name": "b.txt", "size": 7, "children": []}]},
    {"name": "src", "size": 2, "children": [
        {"name": "main.py", "size": 40, "children": []},
        {"name": "lib", "size": 1, "children": [
            {"name": "util.py", "size": 15, "children": []}]}]}]}

def total(node):
    return node["size"] + sum(total(c) for c in node["children"])

def show(node, indent=0):
    print("  " * indent + f"{node['name']} ({total(node)})")
    for c in node["children"]:
        show(c, indent + 1)

def find(node, name, path=()):
    path = path + (node["name"],)
    if node["name"] == name:
        return "/".join(path)
    for c in node["children"]:
        r = find(c, name, path)
        if r:
            return r
    return None

show(tree)
print(find(tree, "util.py"), find(tree, "nope"))
def depth(node):
    return 1 + max((depth(c) for c in node["children"]), default=0)
print(depth(tree))
