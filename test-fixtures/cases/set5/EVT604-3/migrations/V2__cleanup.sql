-- remove obsolete helpers
DROP FUNCTION IF EXISTS obsolete_helper();
-- expect: EVT604 "cannot drop function"
DROP FUNCTION IF EXISTS ddl_audit();
