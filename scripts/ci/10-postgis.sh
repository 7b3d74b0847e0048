# CI step (sourced by .ci/run): a real PostgreSQL 15 + PostGIS 3 on loopback for the
# store, ledger and API tests against the PostGIS backend. Exports FRONTLINE_TEST_PG;
# the server is stopped by the cleanup registered with ci_on_exit.
# Debian bookworm: postgresql 15, postgresql-15-postgis-3 3.3.2.
pg_bin=/usr/lib/postgresql/15/bin
if [ ! -x "$pg_bin/pg_ctl" ] || [ ! -e /usr/share/postgresql/15/extension/postgis.control ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends postgresql postgresql-15-postgis-3 >/dev/null
fi
pg_run() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pg_dir=$(mktemp -d /tmp/frontline-ci-pg.XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres: "$pg_dir"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
pg_run "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
pg_run "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null
ci_on_exit "pg_run $pg_bin/pg_ctl -D $pg_dir/data -m fast -w stop >/dev/null; rm -rf $pg_dir"
pg_run "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -q -v ON_ERROR_STOP=1 \
  -c "CREATE DATABASE frontline_test" \
  -c "\\c frontline_test" -c "CREATE EXTENSION postgis" >/dev/null
export FRONTLINE_TEST_PG="postgresql+psycopg://postgres@127.0.0.1:$pg_port/frontline_test"
echo "PostGIS $(pg_run "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d frontline_test -tAc 'SELECT postgis_lib_version()') on 127.0.0.1:$pg_port"
