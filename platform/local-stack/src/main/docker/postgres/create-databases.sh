#!/usr/bin/env bash
# One database per service, each owned by the service's own role (least privilege: a service can reach its own
# database only), made by the postgres image on its first start (an empty data volume). docker-compose.yml mounts this
# file into /docker-entrypoint-initdb.d/ and passes the passwords from .env; LocalStackComposeTest checks that these
# names are the ones in the services' JDBC URLs and user names.
set -euo pipefail

create_service_database() {
    local name="$1" password="$2"
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
        --set=name="$name" --set=password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_service_database clients "$SUITS_CLIENTS_DB_PASSWORD"
create_service_database briefs "$SUITS_BRIEFS_DB_PASSWORD"
create_service_database creative "$SUITS_CREATIVE_DB_PASSWORD"
create_service_database billing "$SUITS_BILLING_DB_PASSWORD"
