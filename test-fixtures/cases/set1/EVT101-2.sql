-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- The early return skips only the monitoring user; everyone else upserts a row, also on a standby.
create table if not exists last_logins (
  username text primary key,
  last_seen timestamptz not null
);

create or replace function track_last_login()
returns event_trigger
language plpgsql
as $$
begin
  if session_user = 'monitoring' then
    return;
  end if;

  insert into last_logins (username, last_seen) -- expect: EVT101
  values (session_user, clock_timestamp())
  on conflict (username) do update set last_seen = excluded.last_seen;
end
$$;

drop event trigger if exists track_last_login;
create event trigger track_last_login on login execute procedure track_last_login();
alter event trigger track_last_login enable always;
