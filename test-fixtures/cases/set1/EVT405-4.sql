-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe_405 (id int)
-- Near-miss: TG_EVENT and TG_TAG, a bare RETURN, a local variable called "new_tag", and NEW in a string.
CREATE TABLE ddl_seen (event text, tag text);

CREATE OR REPLACE FUNCTION seen() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    new_tag text := upper(TG_TAG);
BEGIN
    IF new_tag NOT LIKE 'CREATE%' THEN
        RETURN;
    END IF;
    INSERT INTO ddl_seen VALUES (TG_EVENT, new_tag);
    RAISE NOTICE 'NEW object via %', TG_TAG;
END $$;

CREATE EVENT TRIGGER seen ON ddl_command_end EXECUTE FUNCTION seen();
