# Sourced by scripts/test: makes sure everything the tests talk to is installed and running, so that the
# test command works on a fresh machine. Idempotent; changes nothing that is already in place.
#   - Chromium and chromedriver (Debian packages) for the end-to-end tests
#   - redis-server answering on 127.0.0.1:6379
#   - PostgreSQL running, with a login role and a test database for the integration tests

: "${STOREBOARD_TEST_PG_HOST:=127.0.0.1}"
: "${STOREBOARD_TEST_PG_PORT:=5432}"
: "${STOREBOARD_TEST_PG_DB:=storeboard_test}"
: "${STOREBOARD_TEST_PG_USER:=storeboard}"
: "${STOREBOARD_TEST_PG_PASSWORD:=storeboard}"
: "${STOREBOARD_TEST_REDIS_HOST:=127.0.0.1}"
: "${STOREBOARD_TEST_REDIS_PORT:=6379}"
: "${STOREBOARD_TEST_CHROME:=/usr/bin/chromium}"
: "${STOREBOARD_TEST_CHROMEDRIVER:=/usr/bin/chromedriver}"
export STOREBOARD_TEST_PG_URL="${STOREBOARD_TEST_PG_URL:-jdbc:postgresql://$STOREBOARD_TEST_PG_HOST:$STOREBOARD_TEST_PG_PORT/$STOREBOARD_TEST_PG_DB}"
export STOREBOARD_TEST_PG_USER STOREBOARD_TEST_PG_PASSWORD STOREBOARD_TEST_REDIS_HOST STOREBOARD_TEST_REDIS_PORT
export STOREBOARD_TEST_CHROME STOREBOARD_TEST_CHROMEDRIVER

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "Need root (or sudo) to run: $*" >&2; return 1; fi
}

as_postgres() {
  # From / so that psql does not complain about a working directory it cannot read.
  if [ "$(id -u)" = 0 ]; then (cd / && runuser -u postgres -- "$@"); else (cd / && sudo -u postgres "$@"); fi
}

apt_updated=""
apt_install() {
  if [ -z "$apt_updated" ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null
    apt_updated=yes
  fi
  echo "Installing $* (Debian packages) ..."
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

ensure_chromium() {
  if [ ! -x "$STOREBOARD_TEST_CHROME" ] || [ ! -x "$STOREBOARD_TEST_CHROMEDRIVER" ]; then
    apt_install chromium chromium-driver
  fi
  echo "Browser: $("$STOREBOARD_TEST_CHROME" --version 2>/dev/null | head -1), $("$STOREBOARD_TEST_CHROMEDRIVER" --version | cut -d' ' -f1-2)"
}

ensure_redis() {
  command -v redis-server >/dev/null || apt_install redis-server
  if ! redis-cli -h "$STOREBOARD_TEST_REDIS_HOST" -p "$STOREBOARD_TEST_REDIS_PORT" ping >/dev/null 2>&1; then
    echo "Starting redis-server on $STOREBOARD_TEST_REDIS_HOST:$STOREBOARD_TEST_REDIS_PORT ..."
    redis-server --daemonize yes --bind "$STOREBOARD_TEST_REDIS_HOST" --port "$STOREBOARD_TEST_REDIS_PORT" \
      --save "" --appendonly no --logfile "${TMPDIR:-/tmp}/storeboard-test-redis.log"
    for _ in $(seq 1 50); do
      redis-cli -h "$STOREBOARD_TEST_REDIS_HOST" -p "$STOREBOARD_TEST_REDIS_PORT" ping >/dev/null 2>&1 && break
      sleep 0.1
    done
  fi
  echo "Redis: $(redis-cli -h "$STOREBOARD_TEST_REDIS_HOST" -p "$STOREBOARD_TEST_REDIS_PORT" info server | grep -m1 redis_version | tr -d '\r')"
}

ensure_postgres() {
  command -v pg_lsclusters >/dev/null || apt_install postgresql
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    as_root pg_createcluster "$version" main >/dev/null
  fi
  if ! pg_lsclusters | grep -Eq "^$version +main .* online"; then
    echo "Starting PostgreSQL $version ..."
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start
  fi
  as_postgres psql -q -v ON_ERROR_STOP=1 -d postgres <<SQL
do \$\$
begin
  if not exists (select from pg_roles where rolname = '$STOREBOARD_TEST_PG_USER') then
    create role "$STOREBOARD_TEST_PG_USER" login password '$STOREBOARD_TEST_PG_PASSWORD';
  else
    alter role "$STOREBOARD_TEST_PG_USER" login password '$STOREBOARD_TEST_PG_PASSWORD';
  end if;
end
\$\$;
SQL
  if ! as_postgres psql -tAc "select 1 from pg_database where datname = '$STOREBOARD_TEST_PG_DB'" -d postgres | grep -q 1; then
    as_postgres createdb -O "$STOREBOARD_TEST_PG_USER" "$STOREBOARD_TEST_PG_DB"
  fi
  echo "PostgreSQL $version: database $STOREBOARD_TEST_PG_DB, role $STOREBOARD_TEST_PG_USER"
}
