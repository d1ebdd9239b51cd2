DROP EVENT TRIGGER IF EXISTS record_connection;
CREATE EVENT TRIGGER record_connection ON login EXECUTE FUNCTION sec.record_connection();
