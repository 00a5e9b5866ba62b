package org.weft.python.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Modules inside a zip archive named on the search path, as CPython's zipimport finds them: an
 * entry "app.zip" or "app.zip/lib/sub" (a folder inside the archive) holds {@code X.py} and
 * {@code X/__init__.py} like a directory. The archive is opened for each lookup and closed
 * again, so nothing is cached or shared. CPython: zipimporter.find_spec in Lib/zipimport.py.
 */
public final class ZipSource {

    private ZipSource() {
    }

    /**
     * The module {@code name} (one component) in the archive that {@code entry} names or lies
     * inside, or null when entry is no archive or holds no such module.
     */
    static ModuleSource locate(Path entry, String name) {
        Path archive = entry;
        String prefix = "";
        // walk up from "app.zip/lib/sub" to the file "app.zip"; what was left is the inner folder
        while (!Files.isRegularFile(archive)) {
            Path parent = archive.getParent();
            // a real folder on the way up means no archive: nothing inside a zip is a folder on disk
            if (parent == null || archive.getFileName() == null || Files.isDirectory(archive)) {
                return null;
            }
            prefix = archive.getFileName() + "/" + prefix;
            archive = parent;
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            String base = prefix + name;
            ZipEntry init = zip.getEntry(base + "/__init__.py");
            if (init != null) {
                return new ModuleSource(archive + "/" + init.getName(), read(zip, init, archive), archive + "/" + base);
            }
            ZipEntry file = zip.getEntry(base + ".py");
            if (file != null) {
                return new ModuleSource(archive + "/" + file.getName(), read(zip, file, archive), null);
            }
            return null;
        } catch (IOException e) {
            // not a zip archive (or unreadable): as CPython, such a path entry finds nothing
            return null;
        }
    }

    /**
     * The {@code __main__.py} that makes {@code path} runnable as a script, as CPython runs a
     * directory or a zip archive ({@code python3 app.pyz}); null when path is neither.
     */
    public static ModuleSource appMain(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            Path main = absolute.resolve("__main__.py");
            if (!Files.isRegularFile(main)) {
                return null;
            }
            try {
                return new ModuleSource(main.toString(),
                        org.weft.python.SourceDecoding.decode(Files.readAllBytes(main), main.toString(), true), null);
            } catch (IOException e) {
                return null;
            }
        }
        if (!Files.isRegularFile(absolute)) {
            return null;
        }
        ModuleSource main = locate(absolute, "__main__");
        return main == null || main.isPackage() ? null : main;
    }

    private static String read(ZipFile zip, ZipEntry entry, Path archive) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            return org.weft.python.SourceDecoding.decode(in.readAllBytes(), archive + "/" + entry.getName(), true);
        }
    }
}
