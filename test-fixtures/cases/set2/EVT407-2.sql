-- fixture: rules=EVT407 pg=18
-- verify: command CREATE TABLE probe_407 (id int)
-- A custom setting cast to a number, read through a variable default, without missing_ok.
CREATE TABLE owners (tag text, user_id int);

CREATE OR REPLACE FUNCTION record_user() RETURNS event_trigger LANGUAGE plpgsql AS $$
DECLARE
    uid int := current_setting('jwt.claims.user_id')::int; -- expect: EVT407
BEGIN
    INSERT INTO owners VALUES (tg_tag, uid);
END $$;

CREATE EVENT TRIGGER record_user ON ddl_command_end EXECUTE FUNCTION record_user();
