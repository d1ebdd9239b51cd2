-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard (psql script with \ir): the helper that should detect a standby also requires an
-- application_name, so on an ordinary standby login it returns false and the INSERT runs.
CREATE SCHEMA IF NOT EXISTS sec;
CREATE TABLE IF NOT EXISTS sec.connections (usename text, app text);
\ir sql/01_functions.sql
\ir sql/02_trigger.sql
