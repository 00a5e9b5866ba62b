"""Text helpers from IPython.utils.text: SList, the list that ``x = !cmd`` returns."""

import os
import re

__all__ = ["SList", "LSString"]


class LSString(str):
    """A string with its lines (.l, .list), spaces (.s) and newlines (.n) forms, and paths (.p)."""

    def get_list(self):
        return self.split("\n")

    l = list = property(get_list)

    def get_spstr(self):
        return self.replace("\n", " ")

    s = spstr = property(get_spstr)

    def get_nlstr(self):
        return self

    n = nlstr = property(get_nlstr)

    def get_paths(self):
        return [p for p in self.split() if os.path.exists(p)]

    p = paths = property(get_paths)


class SList(list):
    """A list of lines (a shell command's output) with IPython's shortcuts: ``.s`` joined by
    spaces, ``.n`` by newlines, ``.p`` the items that are existing paths, ``grep``, ``fields``
    and ``sort``."""

    def get_list(self):
        return self

    l = list = property(get_list)

    def get_spstr(self):
        return " ".join(self)

    s = spstr = property(get_spstr)

    def get_nlstr(self):
        return "\n".join(self)

    n = nlstr = property(get_nlstr)

    def get_paths(self):
        return [p for p in self if os.path.exists(p)]

    p = paths = property(get_paths)

    def grep(self, pattern, prune=False, field=None):
        """The lines matching ``pattern`` (a regular expression or a predicate); with prune, those
        that do not; with field, the pattern is matched against that whitespace-separated field."""
        def match_target(s):
            if field is None:
                return s
            parts = s.split()
            try:
                return parts[field]
            except IndexError:
                return ""

        if isinstance(pattern, str):
            pred = lambda x: re.search(pattern, x, re.IGNORECASE)
        else:
            pred = pattern
        if not prune:
            return SList([el for el in self if pred(match_target(el))])
        return SList([el for el in self if not pred(match_target(el))])

    def fields(self, *fields):
        """The given whitespace-separated fields of each line (all of them joined when several)."""
        if len(fields) == 0:
            return [el.split() for el in self]
        res = SList()
        for el in [f.split() for f in self]:
            lineparts = []
            for fd in fields:
                try:
                    lineparts.append(el[fd])
                except IndexError:
                    pass
            if lineparts:
                res.append(" ".join(lineparts))
        return res

    def sort(self, field=None, nums=False):
        """A copy sorted by a field (as numbers with nums=True)."""
        if field is not None:
            dsu = [[SList([line]).fields(field), line] for line in self]
        else:
            dsu = [[line, line] for line in self]
        if nums:
            for i in range(len(dsu)):
                numstr = "".join([ch for ch in dsu[i][0] if ch.isdigit()])
                try:
                    n = int(numstr)
                except ValueError:
                    n = 0
                dsu[i][0] = n
        dsu.sort()
        return SList([t[1] for t in dsu])
