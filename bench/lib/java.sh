# The JDK and the application jar, shared by the benchmark (lib/common.sh) and fault (fault/lib.sh)
# scripts; both define log and die and set REPO_DIR before sourcing this.

# newest_java <override> <name of the override variable>: the override when set, else the newest
# JDK >= 21 under /usr/lib/jvm.
newest_java() {
  if [ -n "$1" ]; then echo "$1"; return; fi
  local candidate version best="" best_version=0
  for candidate in /usr/lib/jvm/*/bin/java; do
    version=$("$candidate" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }')
    if [ "${version:-0}" -ge 21 ] 2>/dev/null && [ "$version" -gt "$best_version" ]; then
      best=$candidate best_version=$version
    fi
  done
  [ -n "$best" ] || die "no JDK >= 21 under /usr/lib/jvm (set $2)"
  echo "$best"
}

# The application jar under target/, built with the Maven wrapper when there is none.
app_jar() {
  local jar
  jar=$(ls "$REPO_DIR"/target/physio-portal-*.jar 2>/dev/null | grep -v '\.original$' | head -1 || true)
  if [ -z "$jar" ]; then
    log "building the jar (./mvnw -q -DskipTests package)"
    (cd "$REPO_DIR" && ./mvnw -q -DskipTests package) >&2 || die "build failed"
    jar=$(ls "$REPO_DIR"/target/physio-portal-*.jar | grep -v '\.original$' | head -1)
  fi
  echo "$jar"
}
