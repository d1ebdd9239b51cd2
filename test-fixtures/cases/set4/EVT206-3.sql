-- fixture: rules=EVT206 pg=18
-- verify: fires ALTER TABLE orders ADD CONSTRAINT positive_total CHECK (total > 0)
-- Hazard: the server never produces the CREATE CONSTRAINT tag (facts 2); adding a constraint is
-- ALTER TABLE.
CREATE TABLE orders (id int, total numeric);

CREATE FUNCTION constraint_log() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'constraint change: %', tg_tag;
END $$;

CREATE EVENT TRIGGER constraint_log_create ON ddl_command_end
    -- expect: EVT206
    WHEN TAG IN ('CREATE CONSTRAINT')
    EXECUTE FUNCTION constraint_log();

CREATE EVENT TRIGGER constraint_log_alter ON ddl_command_end
    WHEN TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION constraint_log();
