import re
class TemplateError(Exception):
    pass
TOKEN = re.compile(r"\{\{\s*(?P<expr>[\w.]+)(?:\s*\|\s*(?P<filter>\w+)(?::(?P<arg>[^}]*))?)?\s*\}\}|\{%\s*(?P<tag>\w+)\s*(?P<targs>[^%]*?)\s*%\}")
FILTERS = {
    "upper": lambda v, a: str(v).upper(),
    "lower": lambda v, a: str(v).lower(),
    "title": lambda v, a: str(v).title(),
    "pad": lambda v, a: str(v).ljust(int(a or 10)),
    "money": lambda v, a: f"{float(v):,.2f}",
    "default": lambda v, a: v if v not in (None, "") else a,
    "join": lambda v, a: (a if a is not None else ", ").join(map(str, v)),
    "length": lambda v, a: len(v),
}
def lookup(ctx, dotted):
    cur = ctx
    for part in dotted.split("."):
        if isinstance(cur, dict):
            cur = cur.get(part)
        elif part.isdigit():
            cur = cur[int(part)]
        else:
            cur = getattr(cur, part, None)
    return cur
def render(tpl, ctx):
    out, pos, stack = [], 0, []
    def emit(s):
        if all(stack):
            out.append(s)
    for m in TOKEN.finditer(tpl):
        emit(tpl[pos:m.start()])
        pos = m.end()
        if m.group("expr"):
            val = lookup(ctx, m["expr"])
            if m["filter"]:
                if m["filter"] not in FILTERS:
                    raise TemplateError(f"unknown filter {m['filter']!r} at {m.start()}")
                val = FILTERS[m["filter"]](val, m["arg"])
            emit("" if val is None else str(val))
        elif m["tag"] == "if":
            stack.append(bool(lookup(ctx, m["targs"])))
        elif m["tag"] == "else":
            stack[-1] = not stack[-1]
        elif m["tag"] == "endif":
            if not stack:
                raise TemplateError("endif without if")
            stack.pop()
        else:
            raise TemplateError(f"unknown tag {m['tag']!r}")
    if stack:
        raise TemplateError(f"{len(stack)} unclosed if")
    emit(tpl[pos:])
    return "".join(out)
ctx = {"user": {"name": "ada lovelace", "email": "", "tags": ["math", "poetry", "engines"]}, "total": 1234.5, "vip": True, "items": ["x", "y"]}
tpl = """Dear {{ user.name | title }},
Email: {{user.email|default:n/a}} / Tags ({{ user.tags | length }}): {{ user.tags | join: + }}
{% if vip %}VIP total: ${{ total | money }}{% else %}Total: {{ total }}{% endif %}
First item: {{ items.0 | upper }}; name padded: [{{ user.name | pad:15 }}]
"""
print(render(tpl, ctx))
print(render(tpl, dict(ctx, vip=False)))
for bad in ["{{ x | nope }}", "{% endif %}", "{% if vip %}open", "{% loop %}"]:
    try:
        render(bad, ctx)
    except TemplateError as e:
        print(type(e).__name__, e)
print(TOKEN.pattern.count("(?P<"), sorted(TOKEN.groupindex))
