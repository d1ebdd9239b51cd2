-- fixture: rules=EVT207 pg=18
-- No verify line (dead code). A CASE statement on TG_TAG in a table_rewrite function: VACUUM
-- never rewrites through table_rewrite (facts 2), and ALTER TYPE is outside the WHEN list.
CREATE OR REPLACE FUNCTION rewrite_guard() RETURNS event_trigger LANGUAGE plpgsql AS $$
BEGIN
    CASE TG_TAG
        WHEN 'ALTER TABLE' THEN
            RAISE NOTICE 'table rewrite';
        WHEN 'VACUUM' THEN -- expect: EVT207
            RAISE NOTICE 'vacuum full';
        WHEN 'ALTER TYPE' THEN -- expect: EVT207
            RAISE NOTICE 'type change';
        ELSE
            NULL;
    END CASE;
END $$;

CREATE EVENT TRIGGER rewrite_guard ON table_rewrite WHEN TAG IN ('ALTER TABLE')
    EXECUTE FUNCTION rewrite_guard();
