-- fixture: rules=EVT404 pg=18
-- verify: creation
-- Near-miss: schema-qualified, quoted name, SETOF event_trigger (accepted, fact 1.2), redefined
-- with CREATE OR REPLACE after the trigger exists.
CREATE SCHEMA IF NOT EXISTS "Ops";

CREATE FUNCTION "Ops"."Ddl_Watch"() RETURNS SETOF event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'first version';
END $$;

CREATE EVENT TRIGGER ddl_watch ON ddl_command_end EXECUTE PROCEDURE "Ops"."Ddl_Watch"();

CREATE OR REPLACE FUNCTION "Ops"."Ddl_Watch"() RETURNS SETOF event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'second version: %', tg_tag;
END $$;
