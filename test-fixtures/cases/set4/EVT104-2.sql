-- fixture: rules=EVT104 pg=17
-- verify: creation
-- Near-miss: on 17 all of this exists.
SET event_triggers = off;

CREATE FUNCTION noop() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;

CREATE EVENT TRIGGER on_connect ON login EXECUTE FUNCTION noop();
CREATE EVENT TRIGGER reindex_watch ON ddl_command_end WHEN TAG IN ('REINDEX') EXECUTE FUNCTION noop();
CREATE EVENT TRIGGER rewrite_watch ON table_rewrite EXECUTE FUNCTION noop();

RESET event_triggers;
