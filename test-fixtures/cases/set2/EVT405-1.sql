-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe_405 (id int)
-- Committing the audit row early: transaction control is not allowed in a trigger (fact 5).
CREATE TABLE ddl_audit (tag text);

CREATE OR REPLACE FUNCTION audit_now() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO ddl_audit VALUES (tg_tag);
    COMMIT; -- expect: EVT405
END $$;

CREATE EVENT TRIGGER audit_now ON ddl_command_end EXECUTE FUNCTION audit_now();
