package org.weft.python.modules;

import org.weft.python.Interpreter;
import org.weft.python.imports.BuiltinModule;
import org.weft.python.runtime.PyModule;

/**
 * {@code _weft_itertools}: the itertools types written in Java, which itertools.py exports as they
 * are (their constructors, in {@link ItertoolsNew}, check the arguments). Stateless.
 */
public final class WeftItertoolsModule implements BuiltinModule {

    @Override
    public String name() {
        return "_weft_itertools";
    }

    @Override
    public void exec(PyModule m, Interpreter interpreter) {
        m.put("islice", PyStreamIterator.ISLICE);
        m.put("cycle", PyStreamIterator.CYCLE);
        m.put("zip_longest", PyStreamIterator.ZIP_LONGEST);
        m.put("accumulate", PyStreamIterator.ACCUMULATE);
        m.put("compress", PySelectIterator.COMPRESS);
        m.put("dropwhile", PySelectIterator.DROPWHILE);
        m.put("takewhile", PySelectIterator.TAKEWHILE);
        m.put("filterfalse", PySelectIterator.FILTERFALSE);
        m.put("starmap", PySelectIterator.STARMAP);
        m.put("pairwise", PySelectIterator.PAIRWISE);
        m.put("product", PyCombinatoricIterator.PRODUCT);
        m.put("permutations", PyCombinatoricIterator.PERMUTATIONS);
        m.put("combinations", PyCombinatoricIterator.COMBINATIONS);
        m.put("combinations_with_replacement", PyCombinatoricIterator.CWR);
    }
}
