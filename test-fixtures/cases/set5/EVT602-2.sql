-- fixture: rules=EVT602 pg=18
-- verify: dropped-triggers
-- Near-miss: a same-named function in another schema is dropped; the trigger's is in ops.
CREATE SCHEMA ops;
CREATE SCHEMA staging;
CREATE FUNCTION ops.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '%', tg_tag; END $$;
CREATE FUNCTION staging.log_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN NULL; END $$;
CREATE EVENT TRIGGER log_ddl ON ddl_command_end EXECUTE FUNCTION ops.log_ddl();

DROP SCHEMA staging CASCADE;
