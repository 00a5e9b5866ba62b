package org.weft.kernel.completion;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Python modules shipped as classpath resources under one folder ({@code org/weft/python/lib/}
 * in the interpreter's jar, {@code org/weft/kernel/lib/} in the kernel's), listed from the jar
 * or class folder that holds a given class. The list of resource paths is read once, on first
 * use, and never changes while the JVM runs; it is published through a volatile field (a race
 * between two first uses only reads the jar twice).
 */
final class ResourceModules {
    private final Class<?> anchor;
    private final String root;
    private volatile List<String> paths;

    /** Modules under {@code root} (like {@code "org/weft/python/lib/"}) beside {@code anchor}'s class file. */
    ResourceModules(Class<?> anchor, String root) {
        this.anchor = anchor;
        this.root = root;
    }

    /** The folder's name as the importer spells it in {@code __path__}: {@code /org/weft/python/lib}. */
    String rootPath() {
        return "/" + root.substring(0, root.length() - 1);
    }

    /**
     * Names of the modules and packages directly inside package {@code dotted} (empty string: the
     * top level): {@code x} for {@code x.py} and for {@code x/__init__.py}.
     */
    List<String> children(String dotted) {
        String folder = root + (dotted.isEmpty() ? "" : dotted.replace('.', '/') + "/");
        TreeSet<String> names = new TreeSet<>();
        for (String p : paths()) {
            if (!p.startsWith(folder)) {
                continue;
            }
            String rest = p.substring(folder.length());
            if (rest.endsWith(".py") && rest.indexOf('/') < 0 && !rest.equals("__init__.py")) {
                names.add(rest.substring(0, rest.length() - 3));
            } else if (rest.endsWith("/__init__.py") && rest.indexOf('/') == rest.length() - "/__init__.py".length()) {
                names.add(rest.substring(0, rest.indexOf('/')));
            }
        }
        return new ArrayList<>(names);
    }

    private List<String> paths() {
        List<String> p = paths;
        if (p == null) {
            p = List.copyOf(read());
            paths = p;
        }
        return p;
    }

    private List<String> read() {
        List<String> out = new ArrayList<>();
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source == null) {
                return out;
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isDirectory(location)) {
                readFolder(location, out);
            } else if (Files.isRegularFile(location)) {
                readJar(location, out);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // No listing: completion offers the other sources of module names.
        }
        return out;
    }

    private void readFolder(Path classes, List<String> out) throws IOException {
        Path folder = classes.resolve(root);
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(f -> f.toString().endsWith(".py"))
                    .forEach(f -> out.add(classes.relativize(f).toString().replace('\\', '/')));
        }
    }

    private void readJar(Path jar, List<String> out) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.startsWith(root) && name.endsWith(".py")) {
                    out.add(name);
                }
            }
        }
    }
}
