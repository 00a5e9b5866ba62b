package org.weft.kernel.bridge;

import java.util.Base64;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import org.weft.python.runtime.Ops;
import org.weft.python.runtime.PyBool;
import org.weft.python.runtime.PyBytes;
import org.weft.python.runtime.PyDict;
import org.weft.python.runtime.PyFloat;
import org.weft.python.runtime.PyInt;
import org.weft.python.runtime.PyList;
import org.weft.python.runtime.PyNone;
import org.weft.python.runtime.PyObject;
import org.weft.python.runtime.PyStr;
import org.weft.python.runtime.PyTuple;

/**
 * Python values to JSON and back, for message content that Python code builds (display data,
 * comm messages) or reads (comm data). Follows what {@code json.dumps} accepts, as ipykernel's
 * {@code json_clean} does: dicts, lists, tuples, str, int, float, bool, None; bytes become base64
 * text (how ipykernel sends PNG data); anything else becomes its {@code repr}.
 */
public final class PyJson {

    private PyJson() {
    }

    /** The JSON form of a Python value; never throws for unusual values, only for Python errors in repr. */
    public static JsonElement toJson(PyObject v) {
        if (v == null || v == PyNone.NONE) {
            return JsonNull.INSTANCE;
        }
        if (v instanceof PyBool b) {
            return new JsonPrimitive(b == PyBool.TRUE);
        }
        if (v instanceof PyInt i) {
            return i.bigValue().bitLength() < 64 ? new JsonPrimitive(i.longValue()) : new JsonPrimitive(i.bigValue());
        }
        if (v instanceof PyFloat f) {
            double d = f.value();
            // JSON has no NaN or infinity; ipykernel's json_clean turns them into strings likewise.
            return Double.isFinite(d) ? new JsonPrimitive(d) : new JsonPrimitive(Ops.repr(f).value());
        }
        if (v instanceof PyStr s) {
            return new JsonPrimitive(s.value());
        }
        if (v instanceof PyBytes b) {
            return new JsonPrimitive(Base64.getEncoder().encodeToString(b.value()));
        }
        if (v instanceof PyDict d) {
            JsonObject o = new JsonObject();
            for (PyObject key : d.keys()) {
                PyObject value = d.getItem(key);
                if (value != null) {
                    o.add(key instanceof PyStr s ? s.value() : Ops.str(key).value(), toJson(value));
                }
            }
            return o;
        }
        if (v instanceof PyList l) {
            return array(l.snapshot());
        }
        if (v instanceof PyTuple t) {
            return array(t.items());
        }
        return new JsonPrimitive(Ops.repr(v).value());
    }

    private static JsonArray array(PyObject[] items) {
        JsonArray a = new JsonArray();
        for (PyObject item : items) {
            a.add(toJson(item));
        }
        return a;
    }

    /** The Python form of a JSON value: dict, list, str, int, float, bool, None. */
    public static PyObject fromJson(JsonElement e) {
        if (e == null || e.isJsonNull()) {
            return PyNone.NONE;
        }
        if (e.isJsonObject()) {
            PyDict d = new PyDict();
            for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
                d.setItem(PyStr.of(entry.getKey()), fromJson(entry.getValue()));
            }
            return d;
        }
        if (e.isJsonArray()) {
            PyList l = new PyList();
            for (JsonElement item : e.getAsJsonArray()) {
                l.append(fromJson(item));
            }
            return l;
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return PyBool.of(p.getAsBoolean());
        }
        if (p.isString()) {
            return PyStr.of(p.getAsString());
        }
        return number(p);
    }

    private static PyObject number(JsonPrimitive p) {
        String text = p.getAsString();
        if (text.contains(".") || text.contains("e") || text.contains("E")) {
            return PyFloat.of(p.getAsDouble());
        }
        return PyInt.of(new java.math.BigInteger(text));
    }
}
