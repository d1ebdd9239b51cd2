-- fixture: rules=EVT407 pg=18
-- verify: command CREATE TABLE probe_407 (id int)
-- The missing_ok flag given as a named argument: current_setting's parameters have no names, so
-- the call does not resolve ("function current_setting(unknown, missing_ok => boolean) does not
-- exist", 17.6 and 18.1) and every DDL fails. (Written as a near-miss from RULES.md's wording
-- "without `missing_ok => true`"; the servers refuted that, corrected before the measurement.)
-- The positional form below is the safe one.
CREATE TABLE owners (tag text, team text);

CREATE OR REPLACE FUNCTION record_team() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO owners VALUES (tg_tag, current_setting('app.team', missing_ok => true)); -- expect: EVT407
    IF nullif(current_setting('app.strict', true), '')::boolean THEN
        RAISE NOTICE 'strict mode';
    END IF;
END $$;

CREATE EVENT TRIGGER record_team ON ddl_command_end EXECUTE FUNCTION record_team();
