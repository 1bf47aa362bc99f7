# Sourced by .ci/run: Debian's PostgreSQL on loopback for the server tests.
# Sets SSTDESK_TEST_POSTGRES when a server is up; without one the suite runs on SQLite only.
start_postgres() {
    local sudo=""
    if [ "$(id -u)" != 0 ]; then
        command -v sudo >/dev/null || { echo "PostgreSQL: no root, server tests on SQLite only"; return 0; }
        sudo="sudo"
    fi
    if ! dpkg -s postgresql >/dev/null 2>&1; then
        echo "Installing PostgreSQL (Debian) for the server tests"
        $sudo apt-get update -q >/dev/null
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q postgresql >/dev/null
    fi
    local version
    version=$(ls /etc/postgresql | sort -n | tail -1)
    $sudo pg_ctlcluster "$version" main start 2>/dev/null || true
    for _ in $(seq 1 30); do
        if $sudo su postgres -c "pg_isready -q -h 127.0.0.1"; then break; fi
        sleep 1
    done
    $sudo su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sstdesk_ci') THEN
    CREATE ROLE sstdesk_ci LOGIN PASSWORD 'sstdesk-ci-only';
  END IF;
END $$;
SELECT 'CREATE DATABASE sstdesk_test OWNER sstdesk_ci'
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'sstdesk_test')\gexec
SQL
    export SSTDESK_TEST_POSTGRES="postgresql+psycopg://sstdesk_ci:sstdesk-ci-only@127.0.0.1:5432/sstdesk_test"
    echo "PostgreSQL $version on 127.0.0.1:5432 for the server tests"
}
