package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.ArgParser;
import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * The {@code grp} module: the group database ({@code /etc/group}, see {@link UnixAccounts}).
 * CPython: Modules/grpmodule.c.
 */
public final class GrpModule implements BuiltinModule {

    static final PyType STRUCT_GROUP = StructSeq.newType("grp.struct_group",
            "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n",
            4, true, "gr_name", "gr_passwd", "gr_gid", "gr_mem");

    private static final String FILE = "/etc/group";

    @Override
    public String name() {
        return "grp";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("Access to the Unix group database.\n\n"
                + "Group entries are reported as 4-tuples containing the following fields\n"
                + "from the group database, in order:\n\n"
                + "  gr_name   - name of the group\n"
                + "  gr_passwd - group password (encrypted); often empty\n"
                + "  gr_gid    - numeric ID of the group\n"
                + "  gr_mem    - list of members\n\n"
                + "The gid is an integer, name and password are strings.  (Note that most\n"
                + "users are not explicitly listed as members of the groups they are in\n"
                + "according to the password database.  Check both databases to get\n"
                + "complete membership information.)"));
        m.put("struct_group", STRUCT_GROUP);
        OsFiles.fn(m, "getgrgid", "getgrgid($module, /, id)\n--\n\n"
                + "Return the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError.",
                ArgParser.of("getgrgid", "id"), a -> getgrgid(a[0]));
        OsFiles.fn(m, "getgrnam", "getgrnam($module, /, name)\n--\n\n"
                + "Return the group database entry for the given group name.\n\nIf name is not valid, raise KeyError.",
                ArgParser.of("getgrnam", "name"), a -> getgrnam(a[0]));
        OsFiles.put(m, PyBuiltinFunction.of0("getgrall", "getgrall($module, /)\n--\n\n"
                + "Return a list of all available group entries, in arbitrary order.\n\n"
                + "An entry whose name starts with '+' or '-' represents an instruction\n"
                + "to use YP/NIS and may not be accessible via getgrnam or getgrgid.", self -> getgrall()));
    }

    // CPython: grp_getgrgid_impl (unlike pwd, an id that does not fit gid_t is an OverflowError)
    private static PyObject getgrgid(PyObject id) {
        long gid = UnixAccounts.convertId(id, "gid");
        for (String[] f : UnixAccounts.entries(FILE, 4, 2)) {
            if (UnixAccounts.id(f[2]) == gid) {
                return entry(f);
            }
        }
        throw PyErr.keyError(PyStr.of("getgrgid(): gid not found: " + UnixAccounts.idValue(gid).longValue()));
    }

    // CPython: grp_getgrnam_impl
    private static PyObject getgrnam(PyObject arg) {
        String name = UnixAccounts.name(arg, "getgrnam", true);
        for (String[] f : UnixAccounts.entries(FILE, 4, 2)) {
            if (f[0].equals(name)) {
                return entry(f);
            }
        }
        throw PyErr.keyError(PyStr.of("getgrnam(): name not found: " + Ops.repr(PyStr.of(name))));
    }

    private static PyObject getgrall() {
        PyList all = new PyList();
        for (String[] f : UnixAccounts.entries(FILE, 4, 2)) {
            all.append(entry(f));
        }
        return all;
    }

    private static PyObject entry(String[] f) {
        PyList members = new PyList();
        if (!f[3].isEmpty()) {
            for (String member : f[3].split(",")) {
                members.append(PyStr.of(member));
            }
        }
        return StructSeq.make(STRUCT_GROUP, PyStr.of(f[0]), PyStr.of(f[1]), UnixAccounts.idValue(UnixAccounts.id(f[2])),
                members);
    }
}
