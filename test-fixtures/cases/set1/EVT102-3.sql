-- fixture: rules=EVT102 pg=18
-- verify: login
-- The check may raise, but its own block turns any error into a warning.
create table if not exists banned_roles (rolname text primary key);
insert into banned_roles values ('postgres') on conflict do nothing;

create or replace function soft_ban() returns event_trigger
language plpgsql as $$
begin
  begin
    if exists (select 1 from banned_roles b where b.rolname = session_user) then
      raise exception 'role % is banned', session_user;
    end if;
  exception
    when others then
      raise warning 'login check: %', sqlerrm;
  end;
end;
$$;

drop event trigger if exists soft_ban;
create event trigger soft_ban on login execute function soft_ban();
