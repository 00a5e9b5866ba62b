#!/usr/bin/env bash
# Builds Weft, lays out what install/weft and install/weft-kernel run, and installs the Jupyter
# kernelspec "weft" (display name "Python 3 (Weft, free-threaded)").
#
# Usage: install/install.sh [--user | --prefix DIR] [--no-build] [--classpath CP] [--no-cds] [--java JAVA]
#   (no option)     build with Maven (tests skipped), lay out install/build, install the kernelspec
#                   for this user (~/.local/share/jupyter/kernels/weft)
#   --prefix DIR    install the kernelspec into DIR/share/jupyter/kernels/weft instead; Jupyter finds it
#                   with JUPYTER_PATH=DIR/share/jupyter (or when DIR is sys.prefix, e.g. a virtualenv)
#   --no-build      no Maven run: install the kernelspec for the install/build that an earlier run laid out
#   --classpath CP  the kernel runs from the Java class path CP instead of install/build/lib, with no Maven
#                   run and no archive (implies --no-build). The end-to-end tests (tests/clients) install
#                   the jars Maven just built this way, into a temporary --prefix.
#   --no-cds        skip the class-data-sharing archives (they only shorten JVM start-up)
#   --java JAVA     the Java runtime (17 or later) that install/weft and the kernel run on, recorded in
#                   install/build/runtime (default: $WEFT_JAVA, else the newest Java 25 or later among java
#                   on PATH, $JAVA_HOME and /usr/lib/jvm/*, else java on PATH; Maven builds with its own).
#                   With a JDK 25 or later the archives are ahead-of-time caches, which also hold the
#                   warm-up run's method profiles: programs start, and reach compiled speed, sooner.
# Running it again replaces what the last run installed.
#
# What install/build holds:
#   lib/               the interpreter, protocol and kernel jars and their runtime dependencies
#   runtime            the java chosen with --java (absent: WEFT_JAVA or java on PATH)
#   weft.jsa           a class-data-sharing archive for install/weft (optional; weft.aot with a JDK 25+)
#   weft-kernel.jsa    one for install/weft-kernel (optional; weft-kernel.aot with a JDK 25+)
# Needs: a JDK 17 (java, javac), Maven 3.8+, network access to Maven Central on the first build.
# The kernelspec goes through `jupyter kernelspec install` where that command exists, else it is written
# directly (the folder layout is Jupyter's, so both give the same result).
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
build="$here/build"
lib="$build/lib"
java="${WEFT_JAVA:-java}"
java_chosen=0
[ -z "${WEFT_JAVA:-}" ] || java_chosen=1
mvn_plugin_dependency="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

say() { printf 'install: %s\n' "$*"; }
die() { printf 'install: %s\n' "$*" >&2; exit 1; }
usage() { sed -n '/^# Usage:/,/^# Running it again/s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

prefix=""
build_it=1
classpath=""
cds=1
while [ $# -gt 0 ]; do
    case "$1" in
        --user) prefix="" ;;
        --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; prefix="$2"; shift ;;
        --prefix=*) prefix="${1#--prefix=}" ;;
        --no-build) build_it=0 ;;
        --classpath) [ -n "${2:-}" ] || die "--classpath needs a class path"; classpath="$2"; build_it=0; shift ;;
        --classpath=?*) classpath="${1#--classpath=}"; build_it=0 ;;
        --no-cds) cds=0 ;;
        --java) [ -n "${2:-}" ] || die "--java needs a java executable"; java="$2"; java_chosen=1; shift ;;
        --java=?*) java="${1#--java=}"; java_chosen=1 ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
    shift
done
[ -z "$prefix" ] || prefix="$(mkdir -p "$prefix" && cd "$prefix" && pwd)"

# --- Build and lay out install/build ---------------------------------------------------------------

# shellcheck source=install/java.sh
source "$here/java.sh"

# Without --java or WEFT_JAVA: the newest Java 25 or later this machine has (java.sh), else java on
# PATH. Measured on a 2-core machine against Java 17 with its class-data-sharing archive:
# `weft -c pass` 0.139 -> 0.106 s; richards' first 0.8 s of work 0.80 -> 0.61 s; the ten benchmarks,
# whole process, 0.94-0.96 of the time (bench/README.md). Weft itself builds for, and is tested on, 17.
pick_java() {
    local best
    best="$(newest_java25)"
    if [ -n "$best" ]; then
        java="$best"
        java_chosen=1
    fi
}

build_and_lay_out() {
    [ "$java_chosen" = 1 ] || pick_java
    for tool in "$java" mvn; do
        command -v "$tool" >/dev/null || die "'$tool' not found; install a JDK 17 and Maven first"
    done
    say "building with Maven (tests skipped; tests/run runs them)"
    rm -rf "$build"
    mkdir -p "$lib"
    # One reactor run builds the kernel and the modules it needs, then copies their runtime
    # dependencies (jeromq, jnacl, gson, slf4j); our own jars are copied below under their short names.
    (cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests -pl kernel -am package \
        "$mvn_plugin_dependency:copy-dependencies" -DincludeScope=runtime -DexcludeGroupIds=org.weft \
        -DoutputDirectory="$lib")
    for module in interpreter protocol kernel; do
        cp "$root/$module/target/weft-$module.jar" "$lib/"
    done
    if ! compgen -G "$lib/slf4j-simple-*.jar" >/dev/null; then
        slf4j_version="$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' "$root/pom.xml" | head -n1)"
        (cd "$root" && mvn -B -q -Dstyle.color=never -N "$mvn_plugin_dependency:copy" \
            -Dartifact="org.slf4j:slf4j-simple:$slf4j_version" -DoutputDirectory="$lib")
    fi
    ls -1 "$lib" | sed 's/^/install:   /'
    if [ "$java_chosen" = 1 ]; then
        "$java" -version >/dev/null 2>&1 || die "--java $java: not a working java"
        say "install/weft and the kernel run on $java"
    fi
    printf '%s\n' "$java" >"$build/runtime"
}

# JDK 25 and later (JEP 483, 514, 515): an ahead-of-time cache replaces the class-data-sharing archive.
# It is made from the same warm-up runs and holds, besides the classes, loaded and linked, the methods'
# profiles from those runs, so the JIT compiles the interpreter's hot paths without profiling them again.
supports_aot() {
    "$java" -XX:AOTMode=off -version >/dev/null 2>&1
}

# The archive holds the classes the warm-up run loads: cds_warmup.py touches the common kinds of
# Python code, so real programs (not only `weft -c pass`) start from it (richards' first run: 25% less CPU).
python_archive() {
    local archive="$build/weft.jsa"
    if supports_aot; then
        archive="$build/weft.aot"
    fi
    say "creating the archive ${archive#$root/}"
    if { WEFT_CDS_DUMP="$archive" "$here/weft" "$here/cds_warmup.py" >/dev/null 2>"$build/cds.log" \
            || WEFT_CDS_DUMP="$archive" "$here/weft" -c "pass" >/dev/null 2>>"$build/cds.log"; } \
            && [ -s "$archive" ]; then
        rm -f "$build/cds.log"
        say "  done ($(du -h "$archive" | cut -f1))"
    else
        rm -f "$archive"
        say "  skipped: the warm-up run failed (see ${build#$root/}/cds.log); weft still works, it starts slower"
    fi
}

# The kernel's archive is dumped when a kernel that served a short session (kernelspec/KernelWarmup.java:
# kernel_info, a few cells, shutdown) exits.
kernel_archive() {
    local archive="$build/weft-kernel.jsa"
    if supports_aot; then
        archive="$build/weft-kernel.aot"
    fi
    say "creating the archive ${archive#$root/}"
    if WEFT_CDS_DUMP="$archive" "$java" -cp "$lib/*" "$here/kernelspec/KernelWarmup.java" \
            "$here/weft-kernel" >"$build/cds-kernel.log" 2>&1 && [ -s "$archive" ]; then
        rm -f "$build/cds-kernel.log"
        say "  done ($(du -h "$archive" | cut -f1))"
    else
        rm -f "$archive"
        say "  skipped: the warm-up session failed (see ${build#$root/}/cds-kernel.log); the kernel still works, it starts slower"
    fi
}

# --- The kernelspec ----------------------------------------------------------------------------------

json_string() {
    local s="${1//\\/\\\\}"
    s="${s//\"/\\\"}"
    printf '"%s"' "$s"
}

# Writes kernel.json and the logos into the folder $1.
stage_kernelspec() {
    local dir="$1" env=""
    if [ -n "$classpath" ]; then
        env="$(printf '\n "env": {"WEFT_CLASSPATH": %s},' "$(json_string "$classpath")")"
    fi
    cat >"$dir/kernel.json" <<JSON
{
 "argv": [$(json_string "$here/weft-kernel"), "-f", "{connection_file}"],
 "display_name": "Python 3 (Weft, free-threaded)",
 "language": "python",
 "interrupt_mode": "message",${env}
 "metadata": {"debugger": false}
}
JSON
    cp "$here/kernelspec/logo-32x32.png" "$here/kernelspec/logo-64x64.png" "$here/kernelspec/logo-svg.svg" "$dir/"
}

# Where Jupyter looks for this user's kernels (jupyter_core's jupyter_data_dir()).
user_data_dir() {
    if [ -n "${JUPYTER_DATA_DIR:-}" ]; then
        printf '%s' "$JUPYTER_DATA_DIR"
    elif [ "$(uname -s)" = Darwin ]; then
        printf '%s' "$HOME/Library/Jupyter"
    else
        printf '%s' "${XDG_DATA_HOME:-$HOME/.local/share}/jupyter"
    fi
}

install_kernelspec() {
    local stage
    stage="$(mktemp -d "${TMPDIR:-/tmp}/weft-kernelspec.XXXXXX")/weft"
    mkdir -p "$stage"
    stage_kernelspec "$stage"
    local where=(--user) dest
    dest="$(user_data_dir)/kernels/weft"
    if [ -n "$prefix" ]; then
        where=(--prefix "$prefix")
        dest="$prefix/share/jupyter/kernels/weft"
    fi
    if command -v jupyter >/dev/null && jupyter kernelspec list >/dev/null 2>&1; then
        local out
        out="$(jupyter kernelspec install "${where[@]}" --name weft --replace "$stage" 2>&1)" \
            || die "jupyter kernelspec install ${where[*]} failed: $out"
    else
        rm -rf "$dest"
        mkdir -p "$(dirname "$dest")"
        cp -R "$stage" "$dest"
    fi
    rm -rf "$(dirname "$stage")"
    say "kernelspec 'weft' installed in $dest"
}

# --- Main ---------------------------------------------------------------------------------------------

if [ "$build_it" = 1 ]; then
    build_and_lay_out
    if [ "$cds" = 1 ]; then
        python_archive
        kernel_archive
    fi
elif [ -z "$classpath" ] && ! compgen -G "$lib/weft-kernel*.jar" >/dev/null; then
    die "--no-build: no kernel jar in ${lib#$root/}; run install/install.sh without --no-build first"
fi
install_kernelspec
if [ "$build_it" = 1 ]; then
    say "installed. Try: install/weft -c 'print(\"hello from Weft\")'  or  jupyter console --kernel weft"
fi
