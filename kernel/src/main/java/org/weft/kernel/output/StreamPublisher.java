package org.weft.kernel.output;

import org.weft.protocol.Header;

/** Where a cell's stream text goes: a {@code stream} message on IOPub about the cell's request. */
@FunctionalInterface
public interface StreamPublisher {
    void publishStream(Header parent, String name, String text);
}
