-- fixture: rules=EVT402 pg=18
-- verify: command CREATE TABLE probe_402 (id int)
-- Near-miss: command (pg_ddl_command) and in_extension are real columns; a column of a joined
-- catalog (relname) read through the join.
CREATE TABLE created (name text, ext boolean);

CREATE OR REPLACE FUNCTION remember() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    obj record;
BEGIN
    FOR obj IN
        SELECT d.command, d.in_extension, c.relname
          FROM pg_event_trigger_ddl_commands() d
          JOIN pg_class c ON c.oid = d.objid
         WHERE d.classid = 'pg_class'::regclass
    LOOP
        INSERT INTO created VALUES (obj.relname, obj.in_extension);
    END LOOP;
END $$;

CREATE EVENT TRIGGER remember ON ddl_command_end EXECUTE FUNCTION remember();
