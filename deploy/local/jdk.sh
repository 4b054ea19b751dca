#!/usr/bin/env bash
# Prints the home of a JDK >= 21 (JAVA_HOME if it is one, else `java` on PATH, else the newest
# under /usr/lib/jvm or /opt), or says what is missing and fails.
set -uo pipefail

major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
usable() { [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] && [ "$(major "$1")" -ge 21 ] 2>/dev/null; }

candidates=()
[ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
if command -v javac >/dev/null 2>&1; then
  candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
fi
for dir in $(ls -d /usr/lib/jvm/* /opt/*jdk* /opt/java/* 2>/dev/null | sort -rV); do candidates+=("$dir"); done

best=""; best_major=0
for home in "${candidates[@]}"; do
  if usable "$home"; then
    m=$(major "$home")
    if [ "$m" -gt "$best_major" ]; then best="$home"; best_major=$m; fi
  fi
done

if [ -z "$best" ]; then
  echo "Twinning Hub needs a JDK 21 or newer (java and javac). None was found in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2
  echo "Install one (e.g. 'apt-get install openjdk-21-jdk-headless' or Temurin 21) and run again." >&2
  exit 1
fi
echo "$best"
