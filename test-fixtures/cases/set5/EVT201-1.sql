-- fixture: rules=EVT201 pg=18
-- verify: creation
-- Hazard: "Create Role" in mixed case is still the shared-object tag.
CREATE OR REPLACE FUNCTION ddl_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '% by %', tg_tag, current_user;
END $$;

CREATE EVENT TRIGGER ddl_guard ON ddl_command_start
  WHEN TAG IN ('CREATE TABLE', 'DROP TABLE',
    -- expect: EVT201 "event triggers are not supported for"
    'Create Role')
  EXECUTE FUNCTION ddl_guard();
