package org.weft.kernel.completion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.weft.python.Interpreter;

/**
 * File names for a string literal being typed ({@code open('da}): IPython's file matcher. A match
 * is the whole typed path with the name completed, a folder ending in {@code /}; relative paths
 * are relative to the interpreter's current directory ({@code os.chdir}); hidden files only when
 * the typed name starts with a dot.
 */
final class PathNames {
    private static final int LIMIT = 1000;

    private PathNames() {
    }

    static List<String> complete(Interpreter interpreter, String typed) {
        int slash = typed.lastIndexOf('/');
        String dirPart = typed.substring(0, slash + 1);
        String namePart = typed.substring(slash + 1);
        String dir = dirPart.startsWith("~") ? System.getProperty("user.home") + dirPart.substring(1) : dirPart;
        Path folder = interpreter.moduleState().resolve(dir.isEmpty() ? "." : dir);
        List<String> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            entries.limit(100_000).forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith(namePart) && (namePart.startsWith(".") || !n.startsWith("."))) {
                    out.add(dirPart + n + (Files.isDirectory(p) ? "/" : ""));
                }
            });
        } catch (IOException | RuntimeException e) {
            return new ArrayList<>();
        }
        out.sort(null);
        return out.size() > LIMIT ? out.subList(0, LIMIT) : out;
    }
}
