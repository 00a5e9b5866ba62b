"""The text of a bar, as tqdm's ``format_meter`` writes it:
``desc:  40%|████      | 4/10 [00:01<00:01,  3.90it/s]``."""

_BLOCKS = " ▏▎▍▌▋▊▉█"
BAR_WIDTH = 10  # tqdm's bar width when the number of columns is unknown


def format_interval(seconds):
    """tqdm.format_interval: [H:]MM:SS."""
    minutes, s = divmod(int(seconds), 60)
    h, m = divmod(minutes, 60)
    return "{0:d}:{1:02d}:{2:02d}".format(h, m, s) if h else "{0:02d}:{1:02d}".format(m, s)


def format_num(n):
    """tqdm.format_num: the shorter of the general and the scientific form."""
    f = "{0:.3g}".format(n).replace("+0", "+").replace("-0", "-")
    n = str(n)
    return f if len(f) < len(n) else n


def bar(fraction, width=BAR_WIDTH):
    """The bar itself: full blocks, one partial block, then spaces."""
    fraction = min(max(fraction, 0.0), 1.0)
    eighths = int(fraction * width * 8)
    full, part = divmod(eighths, 8)
    text = _BLOCKS[-1] * full
    if full < width:
        text += (_BLOCKS[part] if part else " ") + " " * (width - full - 1)
    return text


def rate_text(n, elapsed, unit):
    rate = n / elapsed if elapsed and n else None
    if rate is None:
        return "?" + unit + "/s", None
    if rate < 1:
        return "{0:5.2f}s/{1}".format(1 / rate, unit), rate
    return "{0:5.2f}{1}/s".format(rate, unit), rate


def format_meter(n, total, elapsed, desc="", unit="it", postfix="", initial=0):
    """The whole line; without a total, only the count, time and rate."""
    prefix = desc + ": " if desc else ""
    rate_fmt, rate = rate_text(n - initial, elapsed, unit)
    tail = rate_fmt + (", " + postfix if postfix else "")
    if not total:
        return "{0}{1}{2} [{3}, {4}]".format(prefix, n, unit, format_interval(elapsed), tail)
    fraction = n / total
    remaining = format_interval((total - n) / rate) if rate and total >= n else "?"
    return "{0}{1:3.0f}%|{2}| {3}/{4} [{5}<{6}, {7}]".format(
        prefix, fraction * 100, bar(fraction), n, total, format_interval(elapsed), remaining, tail)


def format_html(n, total, elapsed, desc="", unit="it", postfix="", initial=0):
    """An HTML bar: a <progress> element between the description and the numbers."""
    text = format_meter(n, total, elapsed, "", unit, postfix, initial)
    numbers = text.split("|")[-1].strip() if total else text
    percent = "{0:3.0f}%".format(100 * n / total) if total else ""
    progress = ('<progress value="{0}" max="{1}" style="width: 60%"></progress>'.format(n, total)
                if total else '<progress style="width: 60%"></progress>')
    return ('<div class="weft-tqdm"><span>{0}</span> {1} <span>{2}</span> <span>{3}</span></div>'
            .format(_escape(desc + ":" if desc else ""), progress, percent, _escape(numbers)))


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
