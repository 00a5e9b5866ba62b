/**
 * The Jupyter messaging protocol, version 5.3, over ZeroMQ: what a kernel needs to talk to Jupyter
 * clients, and nothing of the language it runs.
 *
 * <p>The file list reads in layers:
 * <ul>
 *   <li>where to listen: {@link org.weft.protocol.ConnectionInfo} (a connection file) and
 *       {@link org.weft.protocol.Channel} (the five sockets);</li>
 *   <li>what travels: {@link org.weft.protocol.Header}, {@link org.weft.protocol.Message},
 *       {@link org.weft.protocol.Session} (makes headers and replies), {@link org.weft.protocol.Json};</li>
 *   <li>how it travels: {@link org.weft.protocol.WireCodec} (frames), {@link org.weft.protocol.Signer}
 *       (HMAC-SHA256), {@link org.weft.protocol.ReplayGuard} (seen signatures),
 *       {@link org.weft.protocol.InvalidMessageException} (why a message was dropped);</li>
 *   <li>the kernel's sockets: {@link org.weft.protocol.Channels} binds them all and hands each
 *       decoded {@link org.weft.protocol.Request} to a {@link org.weft.protocol.RequestHandler};
 *       {@link org.weft.protocol.IOPubPublisher} publishes, {@link org.weft.protocol.Heartbeat}
 *       owns a thread and a socket.</li>
 * </ul>
 *
 * <p>Threading: a ZeroMQ socket is used by one thread at a time. The heartbeat's thread owns its
 * socket; the other sockets are shared under a lock, so a reply or a publication leaves from the
 * thread that makes it, with no hand-over ({@code Channels.reply}, {@code Channels.publish} are safe
 * from any thread). Nothing a client sends (bad signatures, bad frames, bad JSON, huge messages)
 * throws out of a socket loop: it is logged and dropped.
 *
 * <p>May use JeroMQ, Gson and the SLF4J API. Never the interpreter: the protocol never sees Python.
 * {@link org.weft.protocol.client} is a small client for tests.
 */
package org.weft.protocol;
