-- fixture: rules=EVT203 pg=18
-- verify: creation
-- Near-miss: escape strings, dollar quotes and lower case are all accepted tag spellings (facts 1.1,
-- 1.2 check 4a); SELECT INTO and CREATE TABLE AS are real tags.
CREATE FUNCTION any_watch() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '%', tg_tag;
END $$;

CREATE EVENT TRIGGER any_watch ON ddl_command_end
    WHEN TAG IN (E'CREATE TABLE', $$DROP TABLE$$, 'create table as', 'SELECT INTO', 'Comment')
    EXECUTE FUNCTION any_watch();
