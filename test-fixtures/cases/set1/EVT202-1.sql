-- fixture: rules=EVT202 pg=18
-- verify: creation
-- "Audit changes to our own event triggers": not possible, no event triggers on event triggers.
create or replace function meta_audit() returns event_trigger language plpgsql as $$
begin
  raise notice 'meta: %', tg_tag;
end $$;

create event trigger meta_audit on ddl_command_end
  when tag in ('ALTER EVENT TRIGGER', -- expect: EVT202 "event triggers are not supported for ALTER EVENT TRIGGER"
               'CREATE FUNCTION')
  execute function meta_audit();
