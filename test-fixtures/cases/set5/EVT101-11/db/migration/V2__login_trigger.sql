CREATE EVENT TRIGGER login_audit ON login EXECUTE FUNCTION login_audit_fn();
