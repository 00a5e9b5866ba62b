"""The limited XPath subset that Element.find/findall/iterfind accept.

Supported: tag, {ns}tag, prefix:tag (with a namespaces map), *, {*}tag,
{ns}*, ., .., //, and the predicates [@attr], [@attr='v'], [@attr!='v'],
[tag], [tag='text'], [tag!='text'], [.='text'], [.!='text'], [n],
[last()] and [last()-n].  Compiled paths are cached per (path, namespaces).
"""

import re
import threading

_TOKEN = re.compile(
    r"""('[^']*'|"[^"]*"|//?|\.\.|\(\)|!=|[/.*\[\]()@=])"""
    r"""|((?:\{[^}]+\})?[^/\[\]()@!=\s]+)|\s+""")

_cache = {}
_cache_lock = threading.Lock()
_CACHE_LIMIT = 100


def _tokens(path, namespaces):
    default = namespaces.get("") if namespaces else None
    for m in _TOKEN.finditer(path):
        op, tag = m.group(1), m.group(2)
        if op is None and tag is None:
            continue
        if tag and tag[0] != "{":
            if ":" in tag:
                prefix, _, local = tag.partition(":")
                if namespaces:
                    if prefix not in namespaces:
                        raise SyntaxError(
                            "prefix %r not found in prefix map" % prefix)
                    tag = "{%s}%s" % (namespaces[prefix], local)
            elif default and not (op or "").startswith("@"):
                tag = "{%s}%s" % (default, tag)
        yield op or "", tag or ""


def _tag_matcher(tag):
    """A predicate on an element's tag for a step's tag test."""
    if tag == "*":
        return lambda t: True
    if tag == "{*}*":
        return lambda t: isinstance(t, str)
    if tag == "{}*":
        return lambda t: isinstance(t, str) and t[:1] != "{"
    if tag.startswith("{*}"):
        local = tag[3:]
        return lambda t: isinstance(t, str) and (
            t == local or t.endswith("}" + local))
    if tag.endswith("}*"):
        ns = tag[:-1]
        return lambda t: isinstance(t, str) and t.startswith(ns)
    return lambda t: t == tag


def _parent_map(ctx):
    if ctx.parents is None:
        ctx.parents = {}
        for p in ctx.root.iter():
            for child in p:
                ctx.parents[child] = p
    return ctx.parents


class _Context:
    def __init__(self, root):
        self.root = root
        self.parents = None


def _child_step(tag):
    match = _tag_matcher(tag)

    def step(ctx, elems):
        for e in elems:
            for child in e:
                if match(child.tag):
                    yield child
    return step


def _descendant_step(tag):
    match = _tag_matcher(tag)

    def step(ctx, elems):
        for e in elems:
            for d in e.iter():
                if d is not e and match(d.tag):
                    yield d
    return step


def _self_step(ctx, elems):
    yield from elems


def _parent_step(ctx, elems):
    parents = _parent_map(ctx)
    seen = set()
    for e in elems:
        p = parents.get(e)
        if p is not None and id(p) not in seen:
            seen.add(id(p))
            yield p


def _text_of(e):
    return "".join(e.itertext())


def _filter(test):
    def step(ctx, elems):
        for e in elems:
            if test(e):
                yield e
    return step


def _index_step(index):
    def step(ctx, elems):
        parents = _parent_map(ctx)
        for e in elems:
            p = parents.get(e)
            if p is None:
                continue
            siblings = p.findall(e.tag)
            try:
                if siblings[index] is e:
                    yield e
            except IndexError:
                pass
    return step


def _predicate(next_token):
    """Parses the tokens after '[' up to ']' and returns a step."""
    sig = []
    vals = []
    while True:
        token = next_token()
        if token is None:
            # CPython's ElementPath fails this way on an unterminated '['.
            raise TypeError("'NoneType' object is not callable")
        op, tag = token
        if op == "]":
            break
        if op and op[0] in "'\"":
            sig.append("'")
            vals.append(op[1:-1])
        elif tag:
            sig.append("-")
            vals.append(tag)
        else:
            sig.append(op)
            vals.append(op)
    sig = "".join(sig)
    if sig == "@-":
        key = vals[1]
        return _filter(lambda e: e.get(key) is not None)
    if sig in ("@-='", "@-!='"):
        key, value = vals[1], vals[-1]
        if sig == "@-='":
            return _filter(lambda e: e.get(key) == value)
        return _filter(lambda e: e.get(key) != value)
    if sig == "-" and not re.match(r"\-?\d+$", vals[0]):
        tag = vals[0]
        return _filter(lambda e: e.find(tag) is not None)
    if sig in ("-='", "-!='", ".='", ".!='"):
        tag, value = vals[0], vals[-1]
        equal = "!" not in sig
        if tag == ".":
            return _filter(lambda e: (_text_of(e) == value) == equal)
        if equal:
            return _filter(lambda e: any(
                _text_of(c) == value for c in e.findall(tag)))
        return _filter(lambda e: any(
            _text_of(c) != value for c in e.findall(tag)))
    if sig in ("-", "-()", "-()-"):
        if sig == "-":
            index = int(vals[0]) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        else:
            if vals[0] != "last":
                raise SyntaxError("unsupported function")
            if sig == "-()-":
                try:
                    index = int(vals[2]) - 1
                except ValueError:
                    raise SyntaxError("unsupported expression")
                if index > -2:
                    raise SyntaxError("XPath offset from last() must be negative")
            else:
                index = -1
        return _index_step(index)
    raise SyntaxError("invalid predicate")


def _compile(path, namespaces):
    if path[-1:] == "/":
        path += "*"
    tokens = iter(_tokens(path, namespaces))

    def next_token():
        try:
            return next(tokens)
        except StopIteration:
            return None
    steps = []
    token = next_token()
    if token is not None and token[0] == "/":
        raise SyntaxError("cannot use absolute path on element")
    while token is not None:
        op, tag = token
        if op == "//":
            token = next_token()
            if token is None or not (token[1] or token[0] == "*"):
                raise SyntaxError("invalid descendant")
            steps.append(_descendant_step(token[1] or "*"))
        elif op == "[":
            steps.append(_predicate(next_token))
        elif op == ".":
            steps.append(_self_step)
        elif op == "..":
            steps.append(_parent_step)
        elif op == "*" or tag:
            steps.append(_child_step(tag or "*"))
        else:
            raise SyntaxError("invalid path")
        token = next_token()
        if token is not None and token[0] == "/":
            token = next_token()
            if token is None:
                raise SyntaxError("invalid path")
    return steps


def _steps(path, namespaces):
    key = (path, None if namespaces is None else tuple(sorted(namespaces.items())))
    steps = _cache.get(key)
    if steps is None:
        steps = _compile(path, namespaces)
        with _cache_lock:
            if len(_cache) > _CACHE_LIMIT:
                _cache.clear()
            _cache[key] = steps
    return steps


def iterfind(elem, path, namespaces=None):
    if not path:
        # CPython's C Element treats a path without operators as a plain
        # child tag, so the empty path finds children whose tag is "".
        return (child for child in elem if child.tag == "")
    ctx = _Context(elem)
    result = iter((elem,))
    for step in _steps(path, namespaces):
        result = step(ctx, result)
    return result


def find(elem, path, namespaces=None):
    return next(iterfind(elem, path, namespaces), None)


def findall(elem, path, namespaces=None):
    return list(iterfind(elem, path, namespaces))


def findtext(elem, path, default=None, namespaces=None):
    try:
        found = next(iterfind(elem, path, namespaces))
    except StopIteration:
        return default
    return found.text or ""
