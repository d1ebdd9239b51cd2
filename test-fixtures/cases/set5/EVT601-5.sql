--liquibase formatted sql
-- No verify line: Liquibase runs each changeset once (RULES EVT601). Near-miss.

--changeset dba-team:evt-1 splitStatements:false
CREATE FUNCTION audit_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE NOTICE '%', tg_tag;
END $$;

--changeset dba-team:evt-2
CREATE EVENT TRIGGER audit_ddl ON ddl_command_end EXECUTE FUNCTION audit_ddl();
--rollback DROP EVENT TRIGGER audit_ddl;
