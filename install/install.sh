#!/usr/bin/env bash
# Builds Weft and lays out what install/weft runs:
#   install/build/lib/   the interpreter jar and its runtime dependencies (slf4j-api, slf4j-simple)
#   install/build/weft.jsa   a class-data-sharing archive that shortens JVM start-up (optional)
# Needs: a JDK 17 (java, javac), Maven 3.8+, network access to Maven Central on first run.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
root="$(dirname "$here")"
build="$here/build"
lib="$build/lib"
java="${WEFT_JAVA:-java}"
mvn_plugin_dependency="org.apache.maven.plugins:maven-dependency-plugin:3.8.1"

say() { printf 'install: %s\n' "$*"; }

for tool in "$java" mvn; do
    command -v "$tool" >/dev/null || { echo "install: '$tool' not found; install a JDK 17 and Maven first" >&2; exit 1; }
done

say "building with Maven (tests skipped; tests/run runs them)"
(cd "$root" && mvn -B -q -Dstyle.color=never -DskipTests package)

say "copying the interpreter jar and its runtime dependencies into ${lib#$root/}"
rm -rf "$build"
mkdir -p "$lib"
cp "$root/interpreter/target/weft-interpreter.jar" "$lib/"
(cd "$root" && mvn -B -q -Dstyle.color=never -pl interpreter "$mvn_plugin_dependency:copy-dependencies" \
    -DincludeScope=runtime -DoutputDirectory="$lib")
slf4j_version="$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' "$root/pom.xml" | head -n1)"
(cd "$root" && mvn -B -q -Dstyle.color=never -N "$mvn_plugin_dependency:copy" \
    -Dartifact="org.slf4j:slf4j-simple:$slf4j_version" -DoutputDirectory="$lib")
ls -1 "$lib" | sed 's/^/install:   /'

say "creating the class-data-sharing archive ${build#$root/}/weft.jsa"
# The archive holds the classes the warm-up run loads: cds_warmup.py touches the common kinds of
# Python code, so real programs (not only `weft -c pass`) start from it (richards' first run: 25% less CPU).
if { WEFT_CDS_DUMP="$build/weft.jsa" "$here/weft" "$here/cds_warmup.py" >/dev/null 2>"$build/cds.log" \
        || WEFT_CDS_DUMP="$build/weft.jsa" "$here/weft" -c "pass" >/dev/null 2>>"$build/cds.log"; } \
        && [ -s "$build/weft.jsa" ]; then
    rm -f "$build/cds.log"
    say "  done ($(du -h "$build/weft.jsa" | cut -f1))"
else
    rm -f "$build/weft.jsa"
    say "  skipped: the warm-up run failed (see ${build#$root/}/cds.log); weft still works, it starts slower"
fi

# --- Jupyter kernelspec -------------------------------------------------------------------------
# Reserved: a later change installs the Weft kernelspec (kernel.json and logos) here.
# -------------------------------------------------------------------------------------------------

say "installed. Try: install/weft -c 'print(\"hello from Weft\")'"
