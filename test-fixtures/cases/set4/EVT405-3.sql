-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe_405 (id int)
-- Near-miss: TG_TAG can be assigned (facts 4), bare RETURN is fine, TG_EVENT exists.
CREATE FUNCTION normalise() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    tg_tag := lower(tg_tag);
    IF tg_event <> 'ddl_command_end' THEN
        RETURN;
    END IF;
    RAISE NOTICE '% at %', tg_tag, tg_event;
    RETURN;
END $$;

CREATE EVENT TRIGGER normalise ON ddl_command_end EXECUTE FUNCTION normalise();
