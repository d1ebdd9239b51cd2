-- fixture: rules=EVT602 pg=18
-- verify: dropped-triggers
-- Hazard: resetting the util schema drops the trigger whose function lives there.
CREATE SCHEMA util;
CREATE FUNCTION util.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;
CREATE EVENT TRIGGER util_log_ddl ON ddl_command_end EXECUTE FUNCTION util.log_ddl();

-- reset helper schema
-- expect: EVT602
DROP SCHEMA util CASCADE;
CREATE SCHEMA util;
