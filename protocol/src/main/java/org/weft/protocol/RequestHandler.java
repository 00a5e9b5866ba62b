package org.weft.protocol;

/**
 * What a kernel does with requests. {@link Channels} calls it on the receiving channel's own
 * thread, one request at a time per channel: shell requests on the shell thread, control requests
 * on the control thread, stray stdin messages on the stdin thread.
 *
 * <p>Return promptly: while a call runs, that channel neither receives nor sends, so long work
 * (running a cell) belongs on another thread, which replies with {@link Channels#reply} when done.
 * Anything the handler throws is logged and the loop goes on.
 */
@FunctionalInterface
public interface RequestHandler {
    void handle(Request request);
}
