# Sourced by install/weft and install/weft-kernel (needs $build, appends to the array jvm): which Java
# runs, and the start-up archive it may use.
# Sets: recorded (the runtime install.sh built the archives with: install.sh --java), java (WEFT_JAVA,
# else that runtime).
recorded=java
if [ -f "$build/runtime" ]; then
    read -r recorded <"$build/runtime"
fi
java="${WEFT_JAVA:-$recorded}"

# An archive older than a jar it was made from would be refused by the JVM, with a warning on stdout
# (where a program's output goes): after a rebuild without install.sh, run without it, silently.
fresh() {
    local jar
    for jar in "$build"/lib/*.jar; do
        [ "$jar" -nt "$1" ] && return 1
    done
    return 0
}

# archive_options NAME: run with install/build/NAME.aot (JDK 25's ahead-of-time cache: classes loaded
# and linked, and the warm-up run's method profiles, so the JIT compiles hot code sooner) or NAME.jsa
# (class-data sharing), whichever install.sh made and is still fresh; with WEFT_CDS_DUMP set
# (install.sh does), dump that archive instead.
archive_options() {
    local name=$1
    if [ -n "${WEFT_CDS_DUMP:-}" ]; then
        case "$WEFT_CDS_DUMP" in
            *.aot) jvm+=(-XX:AOTCacheOutput="$WEFT_CDS_DUMP") ;;
            *) jvm+=(-XX:ArchiveClassesAtExit="$WEFT_CDS_DUMP") ;;
        esac
    elif [ "$java" = "$recorded" ] && [ -f "$build/$name.aot" ] && fresh "$build/$name.aot"; then
        jvm+=(-XX:AOTCache="$build/$name.aot")
    elif [ -f "$build/$name.jsa" ] && fresh "$build/$name.jsa"; then
        jvm+=(-XX:SharedArchiveFile="$build/$name.jsa" -Xshare:auto)
    fi
}
