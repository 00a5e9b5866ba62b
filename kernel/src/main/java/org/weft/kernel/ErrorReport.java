package org.weft.kernel;

import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** An exception as the protocol reports it: {@code ename}, {@code evalue}, {@code traceback} lines. */
record ErrorReport(String ename, String evalue, List<String> traceback) {

    ErrorReport {
        traceback = List.copyOf(traceback);
    }

    /** The content of an {@code error} message, and the error fields of a reply. */
    JsonObject content() {
        JsonObject c = new JsonObject();
        c.addProperty("ename", ename);
        c.addProperty("evalue", evalue);
        JsonArray tb = new JsonArray();
        traceback.forEach(tb::add);
        c.add("traceback", tb);
        return c;
    }
}
