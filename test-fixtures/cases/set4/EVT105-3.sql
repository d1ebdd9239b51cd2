-- fixture: rules=EVT105 pg=18
-- verify: standby-after-removal
-- Near-miss: despite its name, login_ddl_guard is a ddl_command_start trigger; disabling and
-- dropping it leaves no login flag behind, so the standby accepts logins.
CREATE FUNCTION login_ddl_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE '% by %', tg_tag, session_user;
END $$;

CREATE EVENT TRIGGER login_ddl_guard ON ddl_command_start EXECUTE FUNCTION login_ddl_guard();
ALTER EVENT TRIGGER login_ddl_guard DISABLE;
DROP EVENT TRIGGER login_ddl_guard;
