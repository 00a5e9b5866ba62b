# parse, dump, unparse and compile from several threads at once give what one thread gets.
import ast
import threading

sources = [f"def f{i}(x, y={i}):\n    return [x * {i} for _ in range(y)] if x else {{'k': {i}}}\n"
           for i in range(8)]
expected = [(ast.dump(ast.parse(s)), ast.unparse(ast.parse(s))) for s in sources]
results = {}

def work(index):
    out = []
    for _ in range(20):
        tree = ast.parse(sources[index])
        namespace = {}
        exec(compile(tree, f'<t{index}>', 'exec'), namespace)
        out.append((ast.dump(tree), ast.unparse(tree)) == expected[index]
                   and namespace[f'f{index}'](1, 2) == [index, index])
    results[index] = all(out)

threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
