package org.weft.python.nodes.controlflow;

import org.weft.python.nodes.Frame;
import org.weft.python.runtime.PyException;

/** {@code except*} handling (PEP 654). */
final class ExceptStar {
    private ExceptStar() {
    }

    static int handle(Frame f, PyException e, TryExceptStmt.Handler[] handlers) {
        throw e;
    }
}
