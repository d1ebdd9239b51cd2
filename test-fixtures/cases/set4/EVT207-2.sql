-- fixture: rules=EVT207 pg=18
-- No verify line (a claim about reachable code). Near-miss: one function, two triggers; each
-- branch's tag is in some trigger's WHEN list.
CREATE FUNCTION schema_changes() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    CASE tg_tag
        WHEN 'CREATE TABLE' THEN RAISE NOTICE 'new table';
        WHEN 'DROP TABLE' THEN RAISE NOTICE 'table gone';
        ELSE RAISE NOTICE 'other: %', tg_tag;
    END CASE;
END $$;

CREATE EVENT TRIGGER schema_changes_end ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION schema_changes();
CREATE EVENT TRIGGER schema_changes_drop ON sql_drop
    WHEN TAG IN ('DROP TABLE', 'ALTER TABLE') EXECUTE FUNCTION schema_changes();
