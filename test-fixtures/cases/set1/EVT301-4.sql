-- fixture: rules=EVT301 pg=18
-- verify: firing-order ALTER TABLE t DROP COLUMN c
-- A setting handed from one start trigger to another: "audit_ctx" sets it, "Audit_check" reads it,
-- and upper-case A fires before lower-case a (fact 3), so the check never sees the setting.
SET event_triggers = off;
CREATE TABLE t (id int, c int);

CREATE OR REPLACE FUNCTION set_ctx() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('app.ddl_ticket', coalesce(current_setting('app.ticket', true), 'none'), true);
END $$;

CREATE OR REPLACE FUNCTION check_ctx() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('app.ddl_ticket', true) IS NULL THEN
        RAISE NOTICE 'no ticket context for %', tg_tag;
    END IF;
END $$;

CREATE EVENT TRIGGER "Audit_check" ON ddl_command_start EXECUTE FUNCTION check_ctx();
-- expect: EVT301 "Audit_check, audit_ctx"
CREATE EVENT TRIGGER audit_ctx ON ddl_command_start EXECUTE FUNCTION set_ctx();
