package org.weft.python.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pure string logic of {@code posixpath} (the {@code os.path} module), on Java strings.
 * Nothing here touches the file system: {@link PosixPathModule} wraps these functions and adds
 * the ones that do. Each method follows the function of the same name in CPython 3.11's
 * {@code Lib/posixpath.py} (or {@code genericpath.py}) and gives the same results.
 */
public final class PosixPaths {

    private PosixPaths() {
    }

    // CPython: posixpath.isabs
    public static boolean isabs(String s) {
        return s.startsWith("/");
    }

    // CPython: posixpath.join
    public static String join(String a, List<String> parts) {
        StringBuilder path = new StringBuilder(a);
        for (String b : parts) {
            if (b.startsWith("/")) {
                path.setLength(0);
                path.append(b);
            } else if (path.length() == 0 || path.charAt(path.length() - 1) == '/') {
                path.append(b);
            } else {
                path.append('/').append(b);
            }
        }
        return path.toString();
    }

    public static String join(String a, String... parts) {
        return join(a, List.of(parts));
    }

    /** {@code posixpath.split}: (head, tail) around the last slash. */
    // CPython: posixpath.split
    public static String[] split(String p) {
        int i = p.lastIndexOf('/') + 1;
        return new String[] {stripTrailingSlashes(p.substring(0, i)), p.substring(i)};
    }

    // CPython: posixpath.dirname
    public static String dirname(String p) {
        return stripTrailingSlashes(p.substring(0, p.lastIndexOf('/') + 1));
    }

    // CPython: posixpath.basename
    public static String basename(String p) {
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** A head of only slashes stays as it is; any other head loses its trailing slashes. */
    private static String stripTrailingSlashes(String head) {
        int end = head.length();
        while (end > 0 && head.charAt(end - 1) == '/') {
            end--;
        }
        return end == 0 ? head : head.substring(0, end);
    }

    /** {@code posixpath.splitext}: (root, ext), leading dots of the name are not an extension. */
    // CPython: genericpath._splitext
    public static String[] splitext(String p) {
        int sepIndex = p.lastIndexOf('/');
        int dotIndex = p.lastIndexOf('.');
        if (dotIndex > sepIndex) {
            for (int i = sepIndex + 1; i < dotIndex; i++) {
                if (p.charAt(i) != '.') {
                    return new String[] {p.substring(0, dotIndex), p.substring(dotIndex)};
                }
            }
        }
        return new String[] {p, ""};
    }

    // CPython: posixpath.normpath (the pure-Python version; the C one gives the same results)
    public static String normpath(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int initialSlashes = path.startsWith("/") ? 1 : 0;
        if (path.startsWith("//") && !path.startsWith("///")) {
            initialSlashes = 2;
        }
        List<String> comps = new ArrayList<>();
        for (String comp : splitOnSlash(path)) {
            if (comp.isEmpty() || comp.equals(".")) {
                continue;
            }
            boolean keep = !comp.equals("..")
                    || (initialSlashes == 0 && comps.isEmpty())
                    || (!comps.isEmpty() && comps.get(comps.size() - 1).equals(".."));
            if (keep) {
                comps.add(comp);
            } else if (!comps.isEmpty()) {
                comps.remove(comps.size() - 1);
            }
        }
        String joined = "/".repeat(initialSlashes) + String.join("/", comps);
        return joined.isEmpty() ? "." : joined;
    }

    // CPython: posixpath.abspath
    public static String abspath(String path, String cwd) {
        return normpath(isabs(path) ? path : join(cwd, path));
    }

    /** {@code posixpath.relpath}; throws IllegalArgumentException for an empty path. */
    // CPython: posixpath.relpath
    public static String relpath(String path, String start, String cwd) {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("no path specified");
        }
        List<String> startList = nonEmpty(splitOnSlash(abspath(start == null ? "." : start, cwd)));
        List<String> pathList = nonEmpty(splitOnSlash(abspath(path, cwd)));
        int i = 0;
        while (i < startList.size() && i < pathList.size() && startList.get(i).equals(pathList.get(i))) {
            i++;
        }
        List<String> rel = new ArrayList<>();
        for (int k = i; k < startList.size(); k++) {
            rel.add("..");
        }
        rel.addAll(pathList.subList(i, pathList.size()));
        if (rel.isEmpty()) {
            return ".";
        }
        return join(rel.get(0), rel.subList(1, rel.size()));
    }

    /** {@code genericpath.commonprefix} for strings: the longest common leading substring. */
    // CPython: genericpath.commonprefix
    public static String commonprefix(List<String> m) {
        if (m.isEmpty()) {
            return "";
        }
        String s1 = m.get(0);
        String s2 = m.get(0);
        for (String s : m) {
            if (compareCodePoints(s, s1) < 0) {
                s1 = s;
            }
            if (compareCodePoints(s, s2) > 0) {
                s2 = s;
            }
        }
        int n = 0;
        while (n < s1.length() && s1.charAt(n) == s2.charAt(n)) {
            n++;
        }
        // never cut a surrogate pair in half: Python indexes code points
        if (n > 0 && n < s1.length() && Character.isHighSurrogate(s1.charAt(n - 1))) {
            n--;
        }
        return s1.substring(0, n);
    }

    /**
     * {@code posixpath.commonpath}; throws IllegalArgumentException with CPython's message for an
     * empty list or a mix of absolute and relative paths.
     */
    // CPython: posixpath.commonpath
    public static String commonpath(List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("commonpath() arg is an empty sequence");
        }
        boolean isabs = isabs(paths.get(0));
        List<List<String>> splitPaths = new ArrayList<>();
        for (String p : paths) {
            if (isabs(p) != isabs) {
                throw new IllegalArgumentException("Can't mix absolute and relative paths");
            }
            List<String> comps = new ArrayList<>();
            for (String c : splitOnSlash(p)) {
                if (!c.isEmpty() && !c.equals(".")) {
                    comps.add(c);
                }
            }
            splitPaths.add(comps);
        }
        List<String> s1 = splitPaths.get(0);
        List<String> s2 = splitPaths.get(0);
        for (List<String> s : splitPaths) {
            if (compareLists(s, s1) < 0) {
                s1 = s;
            }
            if (compareLists(s, s2) > 0) {
                s2 = s;
            }
        }
        int i = 0;
        while (i < s1.size() && s1.get(i).equals(s2.get(i))) {
            i++;
        }
        return (isabs ? "/" : "") + String.join("/", s1.subList(0, i));
    }

    /** {@code posixpath.expanduser} given the value of $HOME (null when unset). */
    // CPython: posixpath.expanduser (no pwd database: ~user is left unchanged)
    public static String expanduser(String path, String home) {
        if (!path.startsWith("~")) {
            return path;
        }
        int i = path.indexOf('/', 1);
        if (i < 0) {
            i = path.length();
        }
        if (i != 1 || home == null) {
            return path;
        }
        String userhome = home;
        int end = userhome.length();
        while (end > 0 && userhome.charAt(end - 1) == '/') {
            end--;
        }
        String result = userhome.substring(0, end) + path.substring(i);
        return result.isEmpty() ? "/" : result;
    }

    /** {@code posixpath.expandvars}: $name and ${name}; unknown names stay as they are. */
    // CPython: posixpath.expandvars (its regex \$(\w+|\{[^}]*\}) with re.ASCII, by hand)
    public static String expandvars(String path, Map<String, String> environ) {
        if (path.indexOf('$') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        int n = path.length();
        while (i < n) {
            char c = path.charAt(i);
            int end = c == '$' ? varEnd(path, i + 1) : -1;
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = path.substring(i + 1, end);
            if (name.startsWith("{")) {
                name = name.substring(1, name.length() - 1);
            }
            String value = environ.get(name);
            out.append(value != null ? value : path.substring(i, end));
            i = end;
        }
        return out.toString();
    }

    /** The end of a variable reference starting after '$' at {@code from}, or -1 when none. */
    private static int varEnd(String path, int from) {
        int n = path.length();
        if (from >= n) {
            return -1;
        }
        if (path.charAt(from) == '{') {
            int close = path.indexOf('}', from + 1);
            return close < 0 ? -1 : close + 1;
        }
        int j = from;
        while (j < n && isAsciiWordChar(path.charAt(j))) {
            j++;
        }
        return j == from ? -1 : j;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    /** Python's {@code s.split('/')}: keeps empty pieces. */
    static List<String> splitOnSlash(String s) {
        List<String> out = new ArrayList<>();
        int start = 0;
        int slash;
        while ((slash = s.indexOf('/', start)) >= 0) {
            out.add(s.substring(start, slash));
            start = slash + 1;
        }
        out.add(s.substring(start));
        return out;
    }

    private static List<String> nonEmpty(List<String> parts) {
        parts.removeIf(String::isEmpty);
        return parts;
    }

    /** Python's str ordering: by code point, which differs from Java's UTF-16 order past U+FFFF. */
    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < a.size() && i < b.size(); i++) {
            int c = compareCodePoints(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
