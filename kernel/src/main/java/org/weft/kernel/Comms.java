package org.weft.kernel;

import com.google.gson.JsonObject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.weft.protocol.Channels;
import org.weft.protocol.Request;

/**
 * Comms (messaging spec, "Custom messages"). No comm target is registered yet, so a
 * {@code comm_open} is answered as ipykernel answers one for an unknown target: logged, and closed
 * with a {@code comm_close} on IOPub; {@code comm_msg} and {@code comm_close} for unknown comms
 * are logged and dropped; {@code comm_info} lists no comms.
 */
final class Comms {
    private static final Logger log = LoggerFactory.getLogger(Comms.class);

    private Comms() {
    }

    static void info(Channels channels, Request request) {
        JsonObject reply = new JsonObject();
        reply.addProperty("status", "ok");
        reply.add("comms", new JsonObject());
        channels.reply(request, "comm_info_reply", reply);
    }

    static void open(Channels channels, Request request) {
        JsonObject c = request.message().content();
        String id = ExecuteRequest.text(c, "comm_id");
        log.error("No such comm target registered: {}", ExecuteRequest.text(c, "target_name"));
        JsonObject close = new JsonObject();
        close.addProperty("comm_id", id);
        close.add("data", new JsonObject());
        channels.publish(request.header(), "comm_close", close);
    }

    static void message(Request request) {
        log.warn("No such comm: {} ({})", ExecuteRequest.text(request.message().content(), "comm_id"),
                request.msgType());
    }
}
