-- fixture: rules=EVT304 pg=18
-- verify: command CREATE TABLE probe_304 (id int)
-- Near-miss: the start trigger reads a policy table keyed by the tag, not the command's object.
CREATE TABLE ddl_policy (tag text PRIMARY KEY, allowed boolean NOT NULL);
INSERT INTO ddl_policy VALUES ('DROP TABLE', false);

CREATE FUNCTION enforce_policy() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    ok boolean;
BEGIN
    SELECT allowed INTO ok FROM ddl_policy WHERE tag = tg_tag;
    IF ok IS FALSE THEN
        RAISE EXCEPTION '% is not allowed', tg_tag;
    END IF;
END $$;

CREATE EVENT TRIGGER enforce_policy ON ddl_command_start EXECUTE FUNCTION enforce_policy();
