-- fixture: rules=EVT404 pg=18
-- verify: creation
-- "EXECUTE PROCEDURE" read literally: a procedure is never found by the lookup (fact 1.2 #6).
CREATE OR REPLACE PROCEDURE log_ddl_proc() LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'ddl';
END $$;

CREATE EVENT TRIGGER log_ddl ON ddl_command_end
    EXECUTE PROCEDURE log_ddl_proc(); -- expect: EVT404 "does not exist"
