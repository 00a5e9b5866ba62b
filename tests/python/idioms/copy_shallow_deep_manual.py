orig = [[1, 2], [3, 4]]
alias = orig
shallow = list(orig)
shallow2 = orig[:]
deep = [row[:] for row in orig]
orig[0].append(99)
orig.append([5])
print(alias)
print(shallow, shallow2)
print(deep)
print(alias is orig, shallow is orig, shallow[0] is orig[0], deep[0] is orig[0])
def deepcopy(x):
    if isinstance(x, list):
        return [deepcopy(v) for v in x]
    if isinstance(x, dict):
        return {k: deepcopy(v) for k, v in x.items()}
    return x
cfg = {"a": [1, {"b": [2]}]}
c2 = deepcopy(cfg)
c2["a"][1]["b"].append(3)
print(cfg, c2)
d = {"k": [1]}
d2 = d.copy()
d2["k"].append(2)
d2["j"] = 0
print(d, d2)
