-- fixture: rules=EVT207 pg=18
-- No verify line. Near-miss: one function serves two triggers; each branch is reachable from one.
CREATE SCHEMA IF NOT EXISTS audit;
CREATE OR REPLACE FUNCTION audit.dispatch() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    CASE tg_event
        WHEN 'sql_drop' THEN
            IF tg_tag IN ('DROP TABLE', 'DROP VIEW') THEN
                RAISE NOTICE 'drop';
            END IF;
        ELSE
            IF tg_tag = 'CREATE TABLE' THEN
                RAISE NOTICE 'create';
            ELSIF tg_tag = 'ALTER TABLE' THEN
                RAISE NOTICE 'alter';
            END IF;
    END CASE;
END $$;

CREATE EVENT TRIGGER audit_end ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'ALTER TABLE')
    EXECUTE FUNCTION audit.dispatch();
CREATE EVENT TRIGGER audit_drop ON sql_drop
    WHEN TAG IN ('DROP TABLE', 'DROP VIEW')
    EXECUTE FUNCTION audit.dispatch();
