package org.weft.python.parser;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the test corpora under {@code src/test/resources/parser}: cases introduced by a line
 * {@code ### name}, in the format {@code generate_expected.py} reads and writes.
 */
final class Corpus {
    private Corpus() {
    }

    /** Case name to text, in file order. Trailing blank lines are kept at most once, as the generator does. */
    static Map<String, String> read(String resource, boolean snippets) throws IOException {
        String text;
        try (InputStream in = Corpus.class.getResourceAsStream("/parser/" + resource)) {
            if (in == null) {
                throw new IOException("missing resource /parser/" + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> cases = new LinkedHashMap<>();
        String name = null;
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("### ")) {
                if (name != null) {
                    cases.put(name, join(name, lines, snippets));
                }
                name = line.substring(4).trim();
                lines = new ArrayList<>();
            } else {
                lines.add(line);
            }
        }
        if (name != null) {
            cases.put(name, join(name, lines, snippets));
        }
        return cases;
    }

    private static String join(String name, List<String> lines, boolean snippet) {
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty() && lines.get(lines.size() - 2).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        String s = String.join("\n", lines);
        if (!snippet) {
            return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        }
        return name.endsWith("-crlf") ? s.replace("\n", "\r\n") : s;
    }
}
