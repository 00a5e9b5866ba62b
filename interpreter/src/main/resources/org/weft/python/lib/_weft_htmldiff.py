"""difflib.HtmlDiff and the side-by-side difference generator behind it (difflib._mdiff).

Kept apart from difflib so that the module most programs import stays small; difflib imports
this at its end. The HTML is CPython 3.11's, byte for byte: the templates below are its output
format. Thread safety: HtmlDiff's table-id counter is a class attribute bumped per table, as in
CPython; two threads making tables at once may share an id prefix, which only matters to links
between tables on one page.
"""

import re

import difflib

_CHANGE_RUN = re.compile(r'(\++|\-+|\^+)')


class _Marker:
    """Turns ndiff's lines into numbered, marked-up lines of one side or the other:
    '\\0+', '\\0-' and '\\0^' open an added, deleted or changed run, '\\1' closes it."""

    def __init__(self):
        self.numbers = [0, 0]

    def line(self, lines, key, side):
        self.numbers[side] += 1
        if key is None:
            return self.numbers[side], lines.pop(0)[2:]
        if key == '?':
            text, markers = lines.pop(0), lines.pop(0)
            runs = [(m.group(1)[0], m.span()) for m in _CHANGE_RUN.finditer(markers)]
            for mark, (begin, end) in reversed(runs):
                text = text[:begin] + '\0' + mark + text[begin:end] + '\1' + text[end:]
            return self.numbers[side], text[2:]
        text = lines.pop(0)[2:] or ' '
        return self.numbers[side], '\0' + key + text + '\1'


def _line_iterator(diff_lines):
    """(from line, to line, changed) with None for a side that has no line here; blank lines
    pad the shorter side of a run of changes so that what follows lines up again."""
    marker = _Marker()
    make = marker.line
    lines = []
    blanks_pending, blanks_to_yield = 0, 0
    while True:
        while len(lines) < 4:
            lines.append(next(diff_lines, 'X'))
        s = ''.join(line[0] for line in lines)
        if s.startswith('X'):
            # the end: pad what is still unbalanced
            blanks_to_yield = blanks_pending
        elif s.startswith('-?+?'):
            yield make(lines, '?', 0), make(lines, '?', 1), True
            continue
        elif s.startswith('--++'):
            blanks_pending -= 1
            yield make(lines, '-', 0), None, True
            continue
        elif s.startswith(('--?+', '--+', '- ')):
            from_line, to_line = make(lines, '-', 0), None
            blanks_to_yield, blanks_pending = blanks_pending - 1, 0
        elif s.startswith('-+?'):
            yield make(lines, None, 0), make(lines, '?', 1), True
            continue
        elif s.startswith('-?+'):
            yield make(lines, '?', 0), make(lines, None, 1), True
            continue
        elif s.startswith('-'):
            blanks_pending -= 1
            yield make(lines, '-', 0), None, True
            continue
        elif s.startswith('+--'):
            blanks_pending += 1
            yield None, make(lines, '+', 1), True
            continue
        elif s.startswith(('+ ', '+-')):
            from_line, to_line = None, make(lines, '+', 1)
            blanks_to_yield, blanks_pending = blanks_pending + 1, 0
        elif s.startswith('+'):
            blanks_pending += 1
            yield None, make(lines, '+', 1), True
            continue
        elif s.startswith(' '):
            yield make(lines[:], None, 0), make(lines, None, 1), False
            continue
        while blanks_to_yield < 0:
            blanks_to_yield += 1
            yield None, ('', '\n'), True
        while blanks_to_yield > 0:
            blanks_to_yield -= 1
            yield ('', '\n'), None, True
        if s.startswith('X'):
            return
        yield from_line, to_line, True


def _line_pairs(diff_lines):
    """As _line_iterator, but always a from line and a to line together."""
    fromlines, tolines = [], []
    it = _line_iterator(diff_lines)
    while True:
        while not fromlines or not tolines:
            try:
                from_line, to_line, found_diff = next(it)
            except StopIteration:
                return
            if from_line is not None:
                fromlines.append((from_line, found_diff))
            if to_line is not None:
                tolines.append((to_line, found_diff))
        from_line, from_diff = fromlines.pop(0)
        to_line, to_diff = tolines.pop(0)
        yield from_line, to_line, from_diff or to_diff


def _mdiff(fromlines, tolines, context=None, linejunk=None, charjunk=difflib.IS_CHARACTER_JUNK):
    """Side-by-side differences: ((from number, from text), (to number, to text), changed),
    text marked up as _Marker says; with context, only that many lines around each change, a
    (None, None, None) between the groups."""
    pairs = _line_pairs(difflib.ndiff(fromlines, tolines, linejunk, charjunk))
    if context is None:
        yield from pairs
        return
    context += 1
    while True:
        # a ring of the last `context` pairs, until a change comes
        index, ring = 0, [None] * context
        found_diff = False
        while found_diff is False:
            try:
                from_line, to_line, found_diff = next(pairs)
            except StopIteration:
                return
            ring[index % context] = (from_line, to_line, found_diff)
            index += 1
        if index > context:
            yield None, None, None
            to_write = context
        else:
            to_write = index
            index = 0
        while to_write:
            yield ring[index % context]
            index += 1
            to_write -= 1
        # then the pairs after the change, until `context - 1` unchanged ones have passed
        to_write = context - 1
        try:
            while to_write:
                from_line, to_line, found_diff = next(pairs)
                to_write = context - 1 if found_diff else to_write - 1
                yield from_line, to_line, found_diff
        except StopIteration:
            return


_file_template = """
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
          "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html>

<head>
    <meta http-equiv="Content-Type"
          content="text/html; charset=%(charset)s" />
    <title></title>
    <style type="text/css">%(styles)s
    </style>
</head>

<body>
    %(table)s%(legend)s
</body>

</html>"""

_styles = """
        table.diff {font-family:Courier; border:medium;}
        .diff_header {background-color:#e0e0e0}
        td.diff_header {text-align:right}
        .diff_next {background-color:#c0c0c0}
        .diff_add {background-color:#aaffaa}
        .diff_chg {background-color:#ffff77}
        .diff_sub {background-color:#ffaaaa}"""

_table_template = """
    <table class="diff" id="difflib_chg_%(prefix)s_top"
           cellspacing="0" cellpadding="0" rules="groups" >
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        <colgroup></colgroup> <colgroup></colgroup> <colgroup></colgroup>
        %(header_row)s
        <tbody>
%(data_rows)s        </tbody>
    </table>"""

_legend = """
    <table class="diff" summary="Legends">
        <tr> <th colspan="2"> Legends </th> </tr>
        <tr> <td> <table border="" summary="Colors">
                      <tr><th> Colors </th> </tr>
                      <tr><td class="diff_add">&nbsp;Added&nbsp;</td></tr>
                      <tr><td class="diff_chg">Changed</td> </tr>
                      <tr><td class="diff_sub">Deleted</td> </tr>
                  </table></td>
             <td> <table border="" summary="Links">
                      <tr><th colspan="2"> Links </th> </tr>
                      <tr><td>(f)irst change</td> </tr>
                      <tr><td>(n)ext change</td> </tr>
                      <tr><td>(t)op</td> </tr>
                  </table></td> </tr>
    </table>"""


class HtmlDiff:
    """For producing HTML side by side comparison with change highlights: make_table() gives
    a <table>, make_file() a whole page with a legend."""

    __module__ = 'difflib'

    _file_template = _file_template
    _styles = _styles
    _table_template = _table_template
    _legend = _legend
    _default_prefix = 0

    def __init__(self, tabsize=8, wrapcolumn=None, linejunk=None,
                 charjunk=difflib.IS_CHARACTER_JUNK):
        self._tabsize = tabsize
        self._wrapcolumn = wrapcolumn
        self._linejunk = linejunk
        self._charjunk = charjunk

    def make_file(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5,
                  *, charset='utf-8'):
        """A complete HTML file with a table of the differences and a legend."""
        page = self._file_template % dict(
            styles=self._styles, legend=self._legend, charset=charset,
            table=self.make_table(fromlines, tolines, fromdesc, todesc, context=context,
                                  numlines=numlines))
        return page.encode(charset, 'xmlcharrefreplace').decode(charset)

    def _tab_newline_replace(self, fromlines, tolines):
        def expand_tabs(line):
            # spaces hidden from expandtabs, so that its padding (tabs again) can be told apart
            line = line.replace(' ', '\0').expandtabs(self._tabsize).replace(' ', '\t')
            return line.replace('\0', ' ').rstrip('\n')
        return [expand_tabs(line) for line in fromlines], [expand_tabs(line) for line in tolines]

    def _split_line(self, data_list, line_num, text):
        """Wraps text at the wrap column (markup not counted); continuation lines are
        numbered '>' and carry on the open markup."""
        if not line_num:
            data_list.append((line_num, text))
            return
        size = len(text)
        width = self._wrapcolumn
        if size <= width or size - text.count('\0') * 3 <= width:
            data_list.append((line_num, text))
            return
        i = n = 0
        mark = ''
        while n < width and i < size:
            if text[i] == '\0':
                mark = text[i + 1]
                i += 2
            elif text[i] == '\1':
                i += 1
                mark = ''
            else:
                i += 1
                n += 1
        line1, line2 = text[:i], text[i:]
        if mark:
            line1 += '\1'
            line2 = '\0' + mark + line2
        data_list.append((line_num, line1))
        self._split_line(data_list, '>', line2)

    def _line_wrapper(self, diffs):
        for fromdata, todata, flag in diffs:
            if flag is None:
                yield fromdata, todata, flag
                continue
            (fromline, fromtext), (toline, totext) = fromdata, todata
            fromlist, tolist = [], []
            self._split_line(fromlist, fromline, fromtext)
            self._split_line(tolist, toline, totext)
            while fromlist or tolist:
                fromdata = fromlist.pop(0) if fromlist else ('', ' ')
                todata = tolist.pop(0) if tolist else ('', ' ')
                yield fromdata, todata, flag

    def _collect_lines(self, diffs):
        fromlist, tolist, flaglist = [], [], []
        for fromdata, todata, flag in diffs:
            try:
                fromlist.append(self._format_line(0, flag, *fromdata))
                tolist.append(self._format_line(1, flag, *todata))
            except TypeError:
                # a context separator: (None, None, None)
                fromlist.append(None)
                tolist.append(None)
            flaglist.append(flag)
        return fromlist, tolist, flaglist

    def _format_line(self, side, flag, linenum, text):
        try:
            linenum = '%d' % linenum
            id = ' id="%s%s"' % (self._prefix[side], linenum)
        except TypeError:
            id = ''
        text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
        text = text.replace(' ', '&nbsp;').rstrip()
        return '<td class="diff_header"%s>%s</td><td nowrap="nowrap">%s</td>' % (id, linenum, text)

    def _make_prefix(self):
        fromprefix = "from%d_" % HtmlDiff._default_prefix
        toprefix = "to%d_" % HtmlDiff._default_prefix
        HtmlDiff._default_prefix += 1
        self._prefix = [fromprefix, toprefix]

    def _convert_flags(self, fromlist, tolist, flaglist, context, numlines):
        """The anchors of the changes and the (f)irst, (n)ext and (t)op links."""
        toprefix = self._prefix[1]
        next_id = [''] * len(flaglist)
        next_href = [''] * len(flaglist)
        num_chg, in_change = 0, False
        last = 0
        for i, flag in enumerate(flaglist):
            if flag:
                if not in_change:
                    in_change = True
                    last = i
                    # the anchor a few lines above the change, so that it shows in context
                    i = max([0, i - numlines])
                    next_id[i] = ' id="difflib_chg_%s_%d"' % (toprefix, num_chg)
                    num_chg += 1
                    next_href[last] = '<a href="#difflib_chg_%s_%d">n</a>' % (toprefix, num_chg)
            else:
                in_change = False
        if not flaglist:
            flaglist = [False]
            next_id = ['']
            next_href = ['']
            last = 0
            if context:
                fromlist = ['<td></td><td>&nbsp;No Differences Found&nbsp;</td>']
                tolist = fromlist
            else:
                fromlist = tolist = ['<td></td><td>&nbsp;Empty File&nbsp;</td>']
        if not flaglist[0]:
            next_href[0] = '<a href="#difflib_chg_%s_0">f</a>' % toprefix
        next_href[last] = '<a href="#difflib_chg_%s_top">t</a>' % toprefix
        return fromlist, tolist, flaglist, next_href, next_id

    def make_table(self, fromlines, tolines, fromdesc='', todesc='', context=False, numlines=5):
        """An HTML table of the differences side by side, line numbers and change links."""
        self._make_prefix()
        fromlines, tolines = self._tab_newline_replace(fromlines, tolines)
        diffs = _mdiff(fromlines, tolines, numlines if context else None,
                       linejunk=self._linejunk, charjunk=self._charjunk)
        if self._wrapcolumn:
            diffs = self._line_wrapper(diffs)
        fromlist, tolist, flaglist = self._collect_lines(diffs)
        fromlist, tolist, flaglist, next_href, next_id = self._convert_flags(
            fromlist, tolist, flaglist, context, numlines)
        rows = []
        fmt = ('            <tr><td class="diff_next"%s>%s</td>%s'
               '<td class="diff_next">%s</td>%s</tr>\n')
        for i in range(len(flaglist)):
            if flaglist[i] is None:
                if i > 0:
                    rows.append('        </tbody>        \n        <tbody>\n')
            else:
                rows.append(fmt % (next_id[i], next_href[i], fromlist[i], next_href[i], tolist[i]))
        if fromdesc or todesc:
            header_row = '<thead><tr>%s%s%s%s</tr></thead>' % (
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % fromdesc,
                '<th class="diff_next"><br /></th>',
                '<th colspan="2" class="diff_header">%s</th>' % todesc)
        else:
            header_row = ''
        table = self._table_template % dict(data_rows=''.join(rows), header_row=header_row,
                                            prefix=self._prefix[1])
        return (table.replace('\0+', '<span class="diff_add">')
                .replace('\0-', '<span class="diff_sub">')
                .replace('\0^', '<span class="diff_chg">')
                .replace('\1', '</span>')
                .replace('\t', '&nbsp;'))
