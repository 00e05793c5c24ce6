# Sourced by scripts/run and scripts/test: finds a JDK 21 or newer and exports JAVA_HOME.
# Order: JAVA_HOME when it is new enough, then the newest JDK under /usr/lib/jvm (the machine's default
# java may be 17, which Vaadin 25 does not accept).

jdk_feature_version() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

storeboard_find_jdk() {
  local candidate version best="" best_version=0
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    version=$(jdk_feature_version "$JAVA_HOME")
    if [ "${version:-0}" -ge 21 ]; then
      best="$JAVA_HOME"; best_version=$version
    fi
  fi
  if [ -z "$best" ]; then
    for candidate in /usr/lib/jvm/*; do
      [ -x "$candidate/bin/javac" ] || continue
      version=$(jdk_feature_version "$candidate")
      if [ "${version:-0}" -ge 21 ] && [ "$version" -gt "$best_version" ]; then
        best="$candidate"; best_version=$version
      fi
    done
  fi
  if [ -z "$best" ]; then
    echo "Storeboard needs a JDK 21 or newer (found none in JAVA_HOME or /usr/lib/jvm)." >&2
    echo "Install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 25, or set JAVA_HOME to it." >&2
    return 1
  fi
  export JAVA_HOME="$best"
  export PATH="$JAVA_HOME/bin:$PATH"
  STOREBOARD_JDK_VERSION=$best_version
  # JDK 23+ warns about libraries that still use sun.misc.Unsafe; older JDKs reject the flag.
  STOREBOARD_JDK_FLAGS=""
  if [ "$best_version" -ge 23 ]; then
    STOREBOARD_JDK_FLAGS="--sun-misc-unsafe-memory-access=allow"
    case " ${MAVEN_OPTS:-} " in
      *"$STOREBOARD_JDK_FLAGS"*) ;;
      *) export MAVEN_OPTS="${MAVEN_OPTS:-} $STOREBOARD_JDK_FLAGS" ;;
    esac
  fi
}
