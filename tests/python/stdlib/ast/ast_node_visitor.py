# NodeVisitor: visit_<Class> dispatch, generic_visit for the rest, return values.
import ast

class NameCollector(ast.NodeVisitor):
    def __init__(self):
        self.loads, self.stores, self.calls = [], [], []

    def visit_Name(self, node):
        (self.stores if isinstance(node.ctx, ast.Store) else self.loads).append(node.id)

    def visit_Call(self, node):
        if isinstance(node.func, ast.Name):
            self.calls.append(node.func.id)
        self.generic_visit(node)

source = """
def area(r):
    pi = 3.14
    return pi * r * r
total = sum(area(x) for x in radii)
print(total)
"""
collector = NameCollector()
collector.visit(ast.parse(source))
print(collector.loads)
print(collector.stores)
print(collector.calls)

class Depth(ast.NodeVisitor):
    def generic_visit(self, node):
        depths = [self.visit(child) for child in ast.iter_child_nodes(node)]
        return 1 + max(depths, default=0)

print(Depth().visit(ast.parse("f(g(h(1)))", mode='eval')))

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}
    def visit(self, node):
        name = type(node).__name__
        self.counts[name] = self.counts.get(name, 0) + 1
        return super().visit(node)

c = Counter()
c.visit(ast.parse(source))
print(sorted(c.counts.items()))
