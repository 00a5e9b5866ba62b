package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyStr;

/**
 * The {@code errno} module: Linux's error numbers by name, and {@code errorcode} from number to
 * name. CPython: Modules/errnomodule.c.
 */
public final class ErrnoModule implements BuiltinModule {

    @Override
    public String name() {
        return "errno";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("This module makes available standard errno system symbols.\n\n"
                + "The value of each symbol is the corresponding integer value,\n"
                + "e.g., on most systems, errno.ENOENT equals the integer 2.\n\n"
                + "The dictionary errno.errorcode maps numeric codes to symbol names,\n"
                + "e.g., errno.errorcode[2] could be the string 'ENOENT'.\n\n"
                + "Symbols that are not relevant to the underlying system are not defined.\n\n"
                + "To map error codes to error messages, use the function os.strerror(),\n"
                + "e.g. os.strerror(2) could return 'No such file or directory'."));
        PyDict errorcode = new PyDict();
        for (String[] row : ErrnoTable.ROWS) {
            PyInt code = PyInt.of(Integer.parseInt(row[1]));
            m.put(row[0], code);
            if (errorcode.getItem(code) == null) {
                errorcode.setItem(code, PyStr.of(row[0]));
            }
        }
        for (String[] c : ErrnoTable.CANONICAL) {
            errorcode.setItem(PyInt.of(Integer.parseInt(c[0])), PyStr.of(c[1]));
        }
        m.put("errorcode", errorcode);
    }

    /** Linux's {@code strerror} text for {@code errno}: "Unknown error N" for numbers it lacks. */
    public static String strerror(int errno) {
        for (String[] row : ErrnoTable.ROWS) {
            if (Integer.parseInt(row[1]) == errno) {
                return row[2];
            }
        }
        return "Unknown error " + errno;
    }
}
