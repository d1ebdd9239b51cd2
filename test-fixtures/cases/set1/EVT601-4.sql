-- fixture: rules=EVT601 pg=18
-- verify: rerun
-- Mixed: one trigger dropped (lower-case, IF EXISTS) before it is created, the other not.
create or replace function note_evt() returns event_trigger language plpgsql as $$
begin
    raise notice '% %', tg_event, tg_tag;
end $$;

drop event trigger if exists note_start;
create event trigger note_start on ddl_command_start execute function note_evt();

create event trigger note_end on ddl_command_end execute function note_evt(); -- expect: EVT601 "already exists"
