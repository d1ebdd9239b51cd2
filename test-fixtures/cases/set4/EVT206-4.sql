-- fixture: rules=EVT206 pg=18
-- verify: fires REFRESH MATERIALIZED VIEW daily_totals
-- Near-miss: REFRESH MATERIALIZED VIEW fires ddl_command_start and ddl_command_end (facts 2).
CREATE TABLE sales (amount numeric);
CREATE MATERIALIZED VIEW daily_totals AS SELECT sum(amount) AS total FROM sales;

CREATE FUNCTION refresh_log() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'refreshed';
END $$;

CREATE EVENT TRIGGER refresh_log_start ON ddl_command_start
    WHEN TAG IN ('REFRESH MATERIALIZED VIEW') EXECUTE FUNCTION refresh_log();
CREATE EVENT TRIGGER refresh_log_end ON ddl_command_end
    WHEN TAG IN ('REFRESH MATERIALIZED VIEW') EXECUTE FUNCTION refresh_log();
