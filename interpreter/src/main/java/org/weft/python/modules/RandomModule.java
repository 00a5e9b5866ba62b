package org.weft.python.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.InterpreterError;
import org.weft.python.runtime.PyBuiltinFunction;
import org.weft.python.runtime.PyByteArray;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyErr;
import org.weft.python.runtime.PyModule;
import org.weft.python.runtime.PyStr;

/**
 * The {@code _random} module: the generator type {@link PyRandom} that the Python-level
 * {@code random} module builds on, plus {@code _weft_sha512(bytes)}, the digest that version-2
 * seeding of str and bytes needs (random.py must not depend on hashlib). Stateless.
 */
public final class RandomModule implements BuiltinModule {

    @Override
    public String name() {
        return "_random";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("__doc__", PyStr.of("Module implements the Mersenne Twister random number generator."));
        m.put("Random", PyRandom.TYPE);
        PyBuiltinFunction sha = PyBuiltinFunction.of1("_weft_sha512", null, (self, data) -> sha512(data));
        m.put("_weft_sha512", sha.bindTo(m));
    }

    private static PyBytes sha512(org.weft.python.runtime.PyObject data) {
        byte[] in;
        if (data instanceof PyBytes b) {
            in = b.value();
        } else if (data instanceof PyByteArray ba) {
            in = ba.toByteArray();
        } else {
            throw PyErr.typeError("a bytes-like object is required");
        }
        try {
            return PyBytes.of(MessageDigest.getInstance("SHA-512").digest(in));
        } catch (NoSuchAlgorithmException e) {
            throw new InterpreterError(e, "SHA-512 missing from the JDK");
        }
    }
}
