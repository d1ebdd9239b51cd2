-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- The login function guards, then calls a helper that writes; the helper is reached only past the guard.
create schema if not exists sec;
create table if not exists sec.login_history (usr text, addr inet, at timestamptz default now());

create or replace function sec.record_login(p_user text) returns void
language plpgsql as $$
begin
  insert into sec.login_history (usr, addr) values (p_user, inet_client_addr());
end;
$$;

create or replace function sec.on_login() returns event_trigger
language plpgsql as $$
begin
  if not pg_is_in_recovery() then
    perform sec.record_login(session_user);
  end if;
end;
$$;

drop event trigger if exists sec_on_login;
create event trigger sec_on_login on login execute function sec.on_login();
alter event trigger sec_on_login enable always;
