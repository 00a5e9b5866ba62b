package org.weft.kernel;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.weft.protocol.Header;

/** The content of {@code kernel_info_reply} (messaging spec 5.3, "Kernel info"). */
final class KernelInfo {
    /** The Python version whose language Weft runs. */
    static final String PYTHON_VERSION = "3.11.7";
    /**
     * Weft's version (the build's, without -SNAPSHOT). A constant, not the jar manifest's
     * Implementation-Version: reading the manifest cost the first kernel_info reply 10-20 ms.
     */
    static final String IMPLEMENTATION_VERSION = "0.1.0";

    private KernelInfo() {
    }

    static JsonObject content() {
        JsonObject c = new JsonObject();
        c.addProperty("status", "ok");
        c.addProperty("protocol_version", Header.PROTOCOL_VERSION);
        c.addProperty("implementation", "weft");
        c.addProperty("implementation_version", IMPLEMENTATION_VERSION);
        c.add("language_info", languageInfo());
        c.addProperty("banner", banner());
        c.addProperty("debugger", false);
        JsonArray links = new JsonArray();
        links.add(link("Python Reference", "https://docs.python.org/3.11"));
        links.add(link("Python threading", "https://docs.python.org/3.11/library/threading.html"));
        c.add("help_links", links);
        return c;
    }

    private static JsonObject languageInfo() {
        JsonObject li = new JsonObject();
        li.addProperty("name", "python");
        li.addProperty("version", PYTHON_VERSION);
        li.addProperty("mimetype", "text/x-python");
        li.addProperty("file_extension", ".py");
        li.addProperty("pygments_lexer", "ipython3");
        JsonObject cm = new JsonObject();
        cm.addProperty("name", "ipython");
        cm.addProperty("version", 3);
        li.add("codemirror_mode", cm);
        li.addProperty("nbconvert_exporter", "python");
        return li;
    }

    private static String banner() {
        return "Weft " + IMPLEMENTATION_VERSION + ": Python " + PYTHON_VERSION
                + " on the JVM (Java " + Runtime.version().feature() + "), free-threaded: "
                + Runtime.getRuntime().availableProcessors() + " cores, no global interpreter lock\n";
    }

    private static JsonObject link(String text, String url) {
        JsonObject l = new JsonObject();
        l.addProperty("text", text);
        l.addProperty("url", url);
        return l;
    }
}
