# Shared by bin/run and bin/test: find JDK 25 and check Node, so both work on a fresh machine.
# shellcheck shell=bash

use_java_25() {
  if [ -n "${JAVA_HOME:-}" ] && "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "25'; then
    export JAVA_HOME
    return
  fi
  local candidate
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-25* /usr/lib/jvm/*-25-* \
      /usr/lib/jvm/jdk-25*; do
    if [ -x "$candidate/bin/java" ] && "$candidate/bin/java" -version 2>&1 | grep -q 'version "25'; then
      export JAVA_HOME="$candidate"
      return
    fi
  done
  echo "JDK 25 not found. Install Temurin 25 (or any JDK 25) and/or set JAVA_HOME to it." >&2
  exit 1
}

require_node_20() {
  if ! command -v node >/dev/null 2>&1 \
      || ! node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; then
    echo "Node.js 20 or newer (with npm) is needed for the SPA and Azurite." >&2
    exit 1
  fi
}

# The browser tests drive Debian's Chromium; Playwright's own browser download is not reachable.
ensure_chromium() {
  if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
    return
  fi
  echo "Installing Debian's chromium for the browser tests..."
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
}

# deploy-check validates docker-compose.yml with Debian's docker-compose (its `config` needs no engine).
ensure_docker_compose() {
  if command -v docker-compose >/dev/null 2>&1; then
    return
  fi
  echo "Installing Debian's docker-compose to validate docker-compose.yml..."
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq docker-compose >/dev/null
}
