package org.weft.python.modules;

import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyType;

/**
 * The read-only descriptions of the interpreter in {@code sys}: {@code version_info},
 * {@code flags}, {@code int_info}, {@code hash_info}, {@code float_info} (struct sequences, as in
 * CPython) and {@code implementation} (a namespace). The values describe the CPython 3.11 whose
 * behaviour Weft follows, where a program could tell the difference (hash modulus, float limits).
 */
final class SysInfo {

    private SysInfo() {
    }

    static final PyType VERSION_INFO = StructSeq.newType("sys.version_info",
            "sys.version_info\n\nVersion information as a named tuple.", 5, false,
            "major", "minor", "micro", "releaselevel", "serial");

    static final PyType FLAGS = StructSeq.newType("sys.flags",
            "sys.flags\n\nFlags provided through command line arguments or environment vars.", 18, false,
            "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
            "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
            "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits");

    static final PyType INT_INFO = StructSeq.newType("sys.int_info",
            "sys.int_info\n\nA named tuple that holds information about Python's\n"
                    + "internal representation of integers.  The attributes are read only.", 4, false,
            "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold");

    static final PyType HASH_INFO = StructSeq.newType("sys.hash_info",
            "hash_info\n\nA named tuple providing parameters used for computing\n"
                    + "hashes. The attributes are read only.", 9, false,
            "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff");

    static final PyType FLOAT_INFO = StructSeq.newType("sys.float_info",
            "sys.float_info\n\nA named tuple holding information about the float type. It contains low level\n"
                    + "information about the precision and internal representation. Please study\n"
                    + "your system's :file:`float.h` for more information.", 11, false,
            "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon",
            "radix", "rounds");

    static void define(PyModule m) {
        PyObject versionInfo = StructSeq.make(VERSION_INFO, i(3), i(11), i(7), s("final"), i(0));
        m.put("version_info", versionInfo);
        m.put("flags", StructSeq.make(FLAGS, i(0), i(0), i(0), i(0), i(1), i(0), i(0), i(0), i(0), i(0), i(0),
                i(1), i(0), PyBool.FALSE, i(0), i(0), PyBool.FALSE, i(-1)));
        m.put("int_info", StructSeq.make(INT_INFO, i(30), i(4), i(4300), i(640)));
        m.put("hash_info", StructSeq.make(HASH_INFO, i(64), i((1L << 61) - 1), i(314159), i(0), i(1000003),
                s("siphash13"), i(64), i(128), i(0)));
        m.put("float_info", StructSeq.make(FLOAT_INFO, PyFloat.of(Double.MAX_VALUE), i(1024), i(308),
                PyFloat.of(Double.MIN_NORMAL), i(-1021), i(-307), i(15), i(53), PyFloat.of(Math.ulp(1.0)), i(2),
                i(1)));
        m.put("implementation", SimpleNamespace.of("name", s("weft"), "cache_tag", PyNone.NONE,
                "version", StructSeq.make(VERSION_INFO, i(0), i(1), i(0), s("alpha"), i(0)), "hexversion", i(0x000100a0), "_multiarch", s("x86_64-linux-gnu")));
    }

    private static PyInt i(long v) {
        return PyInt.of(v);
    }

    private static PyStr s(String v) {
        return PyStr.of(v);
    }
}
