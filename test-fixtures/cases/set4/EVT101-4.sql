-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: the recovery test is inside the writing statement (fact 12.2): the INSERT is refused
-- at executor start on a standby even though it would insert no row.
create table conn_log (usr name, client inet, at timestamptz default now());

create or replace function log_connection() returns event_trigger
language plpgsql
as $$
begin
    -- expect: EVT101
    insert into conn_log (usr, client)
    select session_user, inet_client_addr()
    where not pg_is_in_recovery();
end;
$$;

create event trigger log_connection on login execute function log_connection();
