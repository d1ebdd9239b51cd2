CREATE EVENT TRIGGER log_connection ON login EXECUTE FUNCTION log_connection();
