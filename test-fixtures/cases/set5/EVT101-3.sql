-- fixture: rules=EVT101 pg=18
-- verify: standby-login
-- Hazard: the handler catches the standby error but then writes an error row itself
-- (fact 12.3: a write inside the handler fails the login).
create table login_audit (who text, at timestamptz default now());
create table login_errors (who text, err text);

create function audit_login() returns event_trigger language plpgsql as $$
begin
  begin
    insert into login_audit(who) values (session_user);
  exception when others then
    -- expect: EVT101
    insert into login_errors values (session_user, sqlerrm);
  end;
end $$;

create event trigger audit_login on login execute function audit_login();
