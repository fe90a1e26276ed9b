-- Roles and schemas of the photo app, run as a superuser inside database "photoapp".
-- Each service logs in with its own role and owns exactly one schema; no role can reach another
-- service's schema. Safe to run again. Passwords are set outside this file (see docs/operations.md).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'user_service') THEN
    CREATE ROLE user_service LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'photo_service') THEN
    CREATE ROLE photo_service LOGIN;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'storage_service') THEN
    CREATE ROLE storage_service LOGIN;
  END IF;
END
$$;

CREATE SCHEMA IF NOT EXISTS users AUTHORIZATION user_service;
CREATE SCHEMA IF NOT EXISTS photos AUTHORIZATION photo_service;
CREATE SCHEMA IF NOT EXISTS storage AUTHORIZATION storage_service;

REVOKE ALL ON SCHEMA public FROM PUBLIC;
