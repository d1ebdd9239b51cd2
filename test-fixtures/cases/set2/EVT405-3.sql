-- fixture: rules=EVT405 pg=18
-- verify: command CREATE TABLE probe_405 (id int)
-- Near-miss: a DML trigger function in the same script uses NEW and TG_OP, as it should; the
-- event trigger function assigns TG_TAG (allowed, facts 4).
CREATE TABLE items (id int, changed_by text);

CREATE OR REPLACE FUNCTION stamp_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_by := current_user || ' ' || TG_OP;
    RETURN NEW;
END $$;
CREATE TRIGGER stamp_row BEFORE INSERT OR UPDATE ON items FOR EACH ROW EXECUTE FUNCTION stamp_row();

CREATE OR REPLACE FUNCTION ddl_note() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    tg_tag := lower(tg_tag);
    INSERT INTO items VALUES (1);
    RAISE NOTICE 'ddl %', tg_tag;
END $$;

CREATE EVENT TRIGGER ddl_note ON ddl_command_end EXECUTE FUNCTION ddl_note();
