package org.weft.python.modules;

import java.util.List;
import org.weft.python.imports.BuiltinModule;

/**
 * The registry of modules written in Java: the import system indexes this list by name when an
 * Interpreter is made and runs a module's {@code exec} on its first import. Immutable.
 */
public final class BuiltinModules {

    private BuiltinModules() {
    }

    private static final List<BuiltinModule> ALL = List.of(
            new SysModule(),
            new TimeModule(),
            new GcModule(),
            new PosixPathModule(),
            new OsModule(),
            new ErrnoModule(),
            new MathModule(),
            new ThreadModule(),
            new QueueModule(),
            new CollectionsModule(),
            new HeapqModule(),
            new BisectModule(),
            new WeftItertoolsModule(),
            new WeftStdlibModule(),
            new ReModule(),
            new WeakrefModule(),
            new JsonModule(),
            new WeftBinaryModule(),
            new RandomModule(),
            new WeftInspectModule(),
            new WeftUnicodedataModule(),
            new SubprocessModule(),
            new SignalModule(),
            new ZoneInfoModule(),
            new AstModule(),
            new WeftImpModule(),
            new SocketModule(),
            new PwdModule(),
            new GrpModule(),
            new FcntlModule());

    public static List<BuiltinModule> all() {
        return ALL;
    }
}
