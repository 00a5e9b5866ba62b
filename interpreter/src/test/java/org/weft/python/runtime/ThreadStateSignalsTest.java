package org.weft.python.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("ThreadState delivers signals at its polls")
class ThreadStateSignalsTest {

    @Nested
    @DisplayName("without handlers")
    class Default {
        @Test
        @DisplayName("SIGINT is KeyboardInterrupt, as before signal handlers existed")
        void sigintIsKeyboardInterrupt() {
            ThreadState ts = new ThreadState();
            ts.raiseSignal(2);
            PyException e = assertThrows(PyException.class, ts::checkInterrupt);
            assertSame(PyExc.KeyboardInterrupt, e.value().type());
        }

        @Test
        @DisplayName("other signals wait, unseen, until handlers are installed")
        void othersWait() {
            ThreadState ts = new ThreadState();
            ts.raiseSignal(10);
            ts.checkInterrupt();
            assertEquals(0, ts.signalsDelivered());
        }
    }

    @Nested
    @DisplayName("with handlers")
    class Handlers {
        @Test
        @DisplayName("each pending signal reaches the handler once, in number order, SIGINT included")
        void delivered() {
            ThreadState ts = new ThreadState();
            List<Integer> got = new ArrayList<>();
            ts.setSignalHandlers((state, sig) -> got.add(sig));
            ts.raiseSignal(15);
            ts.raiseSignal(10);
            ts.raiseSignal(2);
            ts.checkInterrupt();
            ts.checkInterrupt();
            assertEquals(List.of(10, 15, 2), got);
            assertEquals(3, ts.signalsDelivered());
        }

        @Test
        @DisplayName("a handler that raises leaves the later signals pending for the next poll")
        void raisingHandler() {
            ThreadState ts = new ThreadState();
            List<Integer> got = new ArrayList<>();
            ts.setSignalHandlers((state, sig) -> {
                got.add(sig);
                if (sig == 10) {
                    throw PyErr.runtimeError("boom");
                }
            });
            ts.raiseSignal(10);
            ts.raiseSignal(12);
            assertThrows(PyException.class, ts::checkInterrupt);
            ts.checkInterrupt();
            assertEquals(List.of(10, 12), got);
        }
    }
}
