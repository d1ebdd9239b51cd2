-- fixture: rules=EVT406 pg=18
-- No verify line (the function is missing). The trigger executes a function that only a later
-- migration (not in this project) defines.
CREATE EVENT TRIGGER log_everything ON ddl_command_end
    EXECUTE FUNCTION ops.log_everything(); -- expect: EVT406
