# Sourced by install/install.sh and tests/run: which Java runs Weft when nothing names one.

# The major version of the java $1 ("17", "25"), or nothing.
java_major() {
    "$1" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9][0-9]*\).*/\1/p'
}

# Prints the newest Java 25 or later among java on PATH, $JAVA_HOME and /usr/lib/jvm/*, or nothing.
# install.sh runs Weft on it for its ahead-of-time cache (JEP 483/514/515: classes loaded and linked,
# lambdas resolved, method profiles kept); tests/run runs the golden programs on it a second time,
# since that is the Java users get (its Math.tanh and its exec error messages differed from 17's).
newest_java25() {
    local candidate major best="" best_major=24
    for candidate in java ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java; do
        command -v "$candidate" >/dev/null 2>&1 || continue
        major="$(java_major "$candidate")"
        if [ -n "$major" ] && [ "$major" -gt "$best_major" ] \
                && "$candidate" -XX:AOTMode=off -version >/dev/null 2>&1; then
            best="$candidate"
            best_major="$major"
        fi
    done
    [ -z "$best" ] || printf '%s\n' "$best"
}
