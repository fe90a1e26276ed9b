#!/bin/sh
# Container init step after init.sql: gives each service role the password from the environment
# (set in .env next to docker-compose.yml, never committed).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<SQL
ALTER ROLE user_service PASSWORD '${USER_SERVICE_DB_PASSWORD}';
ALTER ROLE photo_service PASSWORD '${PHOTO_SERVICE_DB_PASSWORD}';
ALTER ROLE storage_service PASSWORD '${STORAGE_SERVICE_DB_PASSWORD}';
SQL
