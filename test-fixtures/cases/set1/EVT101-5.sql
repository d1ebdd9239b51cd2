-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- No recovery test at all, but the write sits in a block that swallows read_only_sql_transaction
-- (fact 12.3): on a standby the block's subtransaction rolls back and the login goes on.
CREATE TABLE IF NOT EXISTS login_events (usr text, at timestamptz DEFAULT now());

CREATE OR REPLACE FUNCTION note_login() RETURNS event_trigger AS $$
BEGIN
  BEGIN
    INSERT INTO login_events (usr) VALUES (session_user);
  EXCEPTION
    WHEN read_only_sql_transaction THEN
      NULL;  -- hot standby: nothing to do
  END;
END;
$$ LANGUAGE plpgsql;

DROP EVENT TRIGGER IF EXISTS note_login;
CREATE EVENT TRIGGER note_login ON login EXECUTE FUNCTION note_login();
ALTER EVENT TRIGGER note_login ENABLE ALWAYS;
