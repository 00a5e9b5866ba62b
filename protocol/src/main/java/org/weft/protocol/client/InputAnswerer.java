package org.weft.protocol.client;

import org.weft.protocol.Message;

/** What a client types when the kernel asks for input: the value for an {@code input_request}. */
@FunctionalInterface
public interface InputAnswerer {
    String answer(Message inputRequest);
}
