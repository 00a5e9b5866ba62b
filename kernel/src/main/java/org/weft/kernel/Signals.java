package org.weft.kernel;

import org.slf4j.LoggerFactory;

/**
 * SIGINT interrupts the running cell, as it does in ipykernel (a front end that does not use
 * interrupt_request, or a terminal's Ctrl-C). Uses {@code sun.misc.Signal}, the JDK's supported
 * way (module jdk.unsupported) to handle a signal; where it is missing, SIGINT keeps its default.
 */
final class Signals {
    private Signals() {
    }

    static void onInterrupt(Runnable action) {
        try {
            sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> action.run());
        } catch (IllegalArgumentException | UnsupportedOperationException | LinkageError e) {
            LoggerFactory.getLogger(Signals.class).warn("SIGINT cannot be handled: {}", e.getMessage());
        }
    }
}
