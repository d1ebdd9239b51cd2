CREATE FUNCTION g(int) RETURNS int LANGUAGE sql
BEGIN ATOMIC
  SELECT 1;
  SELECT $1;
END;
SELECT ${flyway:user}, @extschema@.x, a[1:n];
