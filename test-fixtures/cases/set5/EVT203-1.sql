-- fixture: rules=EVT203 pg=18
-- verify: creation
-- Hazard: British spelling of a tag.
CREATE FUNCTION mv_audit() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE 'mv %', tg_tag;
END $$;

CREATE EVENT TRIGGER mv_audit ON ddl_command_end
  WHEN TAG IN ('CREATE MATERIALIZED VIEW',
  -- expect: EVT203 "not recognized"
               'REFRESH MATERIALISED VIEW')
  EXECUTE FUNCTION mv_audit();
