-- fixture: rules=EVT000 pg=18
-- No verify line (syntax claim). Near-miss: a psql deployment script with variables, \if, \gset
-- and :'var' interpolation, all valid for psql.
\set ON_ERROR_STOP on
\set audit_schema audit
SELECT pg_is_in_recovery() AS in_recovery \gset
\if :in_recovery
  \echo 'standby: nothing to do'
  \quit
\endif
CREATE SCHEMA IF NOT EXISTS :"audit_schema";
CREATE OR REPLACE FUNCTION audit.note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'ddl % in %', tg_tag, current_database();
END $$;
DROP EVENT TRIGGER IF EXISTS note;
CREATE EVENT TRIGGER note ON ddl_command_end EXECUTE FUNCTION audit.note();
COMMENT ON FUNCTION audit.note() IS :'audit_schema';
