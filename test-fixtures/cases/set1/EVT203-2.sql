-- fixture: rules=EVT203 pg=18
-- verify: creation
-- Near-miss: odd spelling that PostgreSQL accepts (case-insensitive match, E'' and $$ strings,
-- tags that are not obviously DDL).
CREATE OR REPLACE FUNCTION ddl_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER note_misc ON ddl_command_end
  WHEN TAG IN ('create table as', 'Select Into', E'REFRESH MATERIALIZED VIEW',
               $$import foreign schema$$, 'Create Extension', 'DROP OWNED')
  EXECUTE FUNCTION ddl_note();
