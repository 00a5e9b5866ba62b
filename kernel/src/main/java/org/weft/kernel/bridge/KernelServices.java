package org.weft.kernel.bridge;

import java.util.List;

import com.google.gson.JsonObject;

import org.weft.kernel.history.HistoryStore;

/**
 * What Python code in the kernel ({@code _weft_kernel}, used by the shell, {@code IPython.display}
 * and {@code getpass}) may ask of the kernel. Every method is called on the Python thread that
 * asks, and concerns the cell that thread belongs to (the cell that started it).
 */
public interface KernelServices {

    /** Publishes an IOPub message about the calling thread's cell, after that cell's pending output. */
    void publish(String msgType, JsonObject content);

    /** Adds a payload (a {@code page}, {@code set_next_input}) to the running execute_reply. */
    void payload(JsonObject payload);

    /** A line from the front end (input_request on stdin); raises StdinNotImplementedError when not allowed. */
    String input(String prompt, boolean password);

    /** The {@code obj?} text (detail 0) or {@code obj??} (detail 1), or null when there is no such object. */
    String pinfo(String expression, int detail);

    /** Runs a shell command: its output to the cell, or returned when {@code capture}. */
    String system(String command, boolean capture);

    /**
     * History entries for {@code %history}: {@code query} has a history_request's fields
     * ({@code hist_access_type} tail, range or search, with n, session, start, stop, pattern,
     * unique); entries of the current session carry session 0.
     */
    List<HistoryStore.Entry> history(JsonObject query);
}
