#!/usr/bin/env bash
# Install Virtuoso Open Source 7.2 from Debian and start it on loopback for kg's tests.
#
# Conventions shared with tests/fixtures_servers.py (override with the same env vars):
#   KG_VIRTUOSO_PORT      HTTP port, SPARQL at /sparql, digest auth at /sparql-auth (8890)
#   KG_VIRTUOSO_SQL_PORT  isql port (1111)
#   KG_VIRTUOSO_PASSWORD  dba password (kg-virtuoso-dba); tests log in as dba with it
#   KG_VIRTUOSO_DIR       database directory (/var/tmp/kg-virtuoso)
# The server gets its own database and ini (loopback only), independent of the package's
# default instance, which the package cannot start in a container anyway (policy-rc.d).
# Idempotent: a second run finds the server answering and only re-applies the grants.
set -euo pipefail

PORT="${KG_VIRTUOSO_PORT:-8890}"
SQL_PORT="${KG_VIRTUOSO_SQL_PORT:-1111}"
PASSWORD="${KG_VIRTUOSO_PASSWORD:-kg-virtuoso-dba}"
DIR="${KG_VIRTUOSO_DIR:-/var/tmp/kg-virtuoso}"
PACKAGE_INI=/etc/virtuoso-opensource-7/virtuoso.ini
ENDPOINT="http://127.0.0.1:${PORT}/sparql"

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi  # the Debian package needs root

answers() {
    curl -fsS -o /dev/null --max-time 5 "${ENDPOINT}?query=ASK%7B%7D" 2>/dev/null
}

if ! command -v virtuoso-t >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    # The package asks for a dba password for its own instance; answer it up front.
    echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password ${PASSWORD}" | $SUDO debconf-set-selections
    echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password ${PASSWORD}" | $SUDO debconf-set-selections
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends virtuoso-opensource curl
fi

mkdir -p "$DIR"
if [ ! -f "$DIR/virtuoso.ini" ]; then
    # The package ini with our database directory, loopback ports and modest memory.
    awk -v dir="$DIR" -v port="$PORT" -v sqlport="$SQL_PORT" '
        /^\[/ { section = $0 }
        /^ServerPort/ && section == "[Parameters]" { print "ServerPort = 127.0.0.1:" sqlport; next }
        /^ServerPort/ && section == "[HTTPServer]" { print "ServerPort = 127.0.0.1:" port; next }
        /^DirsAllowed/ { print "DirsAllowed = ., " dir; next }
        /^MaxQueryMem/ { print "MaxQueryMem = 256M"; next }
        /^ThreadsPerQuery/ { print "ThreadsPerQuery = 2"; next }
        { gsub("/var/lib/virtuoso-opensource-7/db", dir); print }
    ' "$PACKAGE_INI" > "$DIR/virtuoso.ini"
fi

if ! answers; then
    (cd "$DIR" && virtuoso-t +configfile "$DIR/virtuoso.ini" +wait)
    for _ in $(seq 1 60); do
        answers && break
        sleep 1
    done
    answers || { echo "virtuoso.sh: ${ENDPOINT} does not answer; see $DIR/virtuoso.log" >&2; exit 1; }
fi

isql() {
    isql-vt "127.0.0.1:${SQL_PORT}" dba "$1" "EXEC=$2" >/dev/null
}
# A fresh database has dba/dba: set the known password once.
if isql dba "status();" 2>/dev/null; then
    isql dba "USER_SET_PASSWORD ('dba', '${PASSWORD}');"
fi
# Anonymous /sparql may update (loopback test server only); dba updates via /sparql-auth.
isql "$PASSWORD" "GRANT SPARQL_UPDATE TO \"SPARQL\";" 2>/dev/null || true  # already granted
isql "$PASSWORD" "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);"
isql "$PASSWORD" "checkpoint;"
echo "virtuoso.sh: Virtuoso answering at ${ENDPOINT} (digest auth: /sparql-auth, user dba)"
