/**
 * A small Jupyter client, for tests of kernels built on {@link org.weft.protocol}: connects to the
 * five sockets named in a connection file, sends requests, and collects replies and IOPub
 * messages by their parent's msg_id.
 *
 * <p>Single-threaded by design: everything is received on the caller's thread while it waits, so
 * there is no background thread to race with or to stop. Use one client from one thread.
 *
 * <p>Uses {@code org.weft.protocol}, JeroMQ and SLF4J.
 */
package org.weft.protocol.client;
