package org.weft.python.modules;

import java.util.List;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyException;
import org.weft.python.runtime.PyExc;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * The {@code pwd} module: the password database ({@code /etc/passwd}, see {@link UnixAccounts}).
 * CPython: Modules/pwdmodule.c.
 */
public final class PwdModule implements BuiltinModule {

    static final PyType STRUCT_PASSWD = StructSeq.newType("pwd.struct_passwd",
            "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n"
                    + "  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n"
                    + "or via the object attributes as named in the above tuple.",
            7, true, "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell");

    private static final String FILE = "/etc/passwd";

    @Override
    public String name() {
        return "pwd";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("This module provides access to the Unix password database.\n"
                + "It is available on all Unix versions.\n\n"
                + "Password database entries are reported as 7-tuples containing the following\n"
                + "items from the password database (see `<pwd.h>'), in order:\n"
                + "pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n"
                + "The uid and gid items are integers, all others are strings. An\n"
                + "exception is raised if the entry asked for cannot be found."));
        m.put("struct_passwd", STRUCT_PASSWD);
        String more = "\n\nSee `help(pwd)` for more on password database entries.";
        OsFiles.put(m, PyBuiltinFunction.of1("getpwuid", "getpwuid($module, uidobj, /)\n--\n\n"
                + "Return the password database entry for the given numeric user ID." + more,
                (self, uid) -> getpwuid(uid)));
        OsFiles.put(m, PyBuiltinFunction.of1("getpwnam", "getpwnam($module, name, /)\n--\n\n"
                + "Return the password database entry for the given user name." + more,
                (self, name) -> getpwnam(name)));
        OsFiles.put(m, PyBuiltinFunction.of0("getpwall", "getpwall($module, /)\n--\n\n"
                + "Return a list of all available password database entries, in arbitrary order.\n\n"
                + "See help(pwd) for more on password database entries.", self -> getpwall()));
    }

    // CPython: pwd_getpwuid (an id that does not fit uid_t is simply not found)
    private static PyObject getpwuid(PyObject uidobj) {
        long uid;
        try {
            uid = UnixAccounts.convertId(uidobj, "uid");
        } catch (PyException e) {
            if (e.matches(PyExc.OverflowError)) {
                throw PyErr.keyError(PyStr.of("getpwuid(): uid not found"));
            }
            throw e;
        }
        for (String[] f : entries()) {
            if (UnixAccounts.id(f[2]) == uid) {
                return entry(f);
            }
        }
        throw PyErr.keyError(PyStr.of("getpwuid(): uid not found: " + UnixAccounts.idValue(uid).longValue()));
    }

    // CPython: pwd_getpwnam_impl
    private static PyObject getpwnam(PyObject arg) {
        String name = UnixAccounts.name(arg, "getpwnam", false);
        for (String[] f : entries()) {
            if (f[0].equals(name)) {
                return entry(f);
            }
        }
        throw PyErr.keyError(PyStr.of("getpwnam(): name not found: " + org.weft.python.runtime.Ops.repr(PyStr.of(name))));
    }

    private static PyObject getpwall() {
        PyList all = new PyList();
        for (String[] f : entries()) {
            all.append(entry(f));
        }
        return all;
    }

    /** The entries whose uid and gid are both numbers. */
    private static List<String[]> entries() {
        return UnixAccounts.entries(FILE, 7, 2).stream().filter(f -> UnixAccounts.id(f[3]) >= 0).toList();
    }

    private static PyObject entry(String[] f) {
        return StructSeq.make(STRUCT_PASSWD, PyStr.of(f[0]), PyStr.of(f[1]), UnixAccounts.idValue(UnixAccounts.id(f[2])),
                UnixAccounts.idValue(UnixAccounts.id(f[3])), PyStr.of(f[4]), PyStr.of(f[5]), PyStr.of(f[6]));
    }
}
