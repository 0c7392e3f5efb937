-- The same clients x 90 days as bench/clients.sql, in PostgreSQL's dialect (psql -v consultant=... -v clients=...).
insert into account (email, password_hash, display_name, time_zone, volume_unit, role, created_at, version)
select 'bench-client-' || x || '@example.com', '{noop}never-used', 'Client ' || x, 'UTC', 'ML', 'PARENT',
       now() - interval '91 days', 0
from generate_series(1, :clients) x;

insert into care_share (parent_id, consultant_id, granted_at, version)
select p.id, c.id, now(), 0
from account p, account c
where p.email like 'bench-client-%' and c.email = :'consultant';

insert into logged_session (parent_id, started_at, ended_at, time_zone, local_date, duration_minutes, method,
                            left_ml, right_ml, total_ml, drops_only, power_pump, hand_expression, massage, notes,
                            created_at, updated_at, version)
select p.id, s.started, s.started + interval '20 minutes', 'UTC', (s.started at time zone 'UTC')::date, 20,
       'DOUBLE_PUMP', null, null, 10 + mod(p.id * 7 + s.x, 50), false, mod(s.x, 10) = 3, true, true, null,
       now(), now(), 0
from account p
cross join (select x, now() - interval '60 minutes' - x * interval '144 minutes' as started
            from generate_series(0, 899) x) s
where p.email like 'bench-client-%'
  and not (mod(p.id, 7) = 0 and s.x < 3)
  and not (mod(p.id, 5) = 0 and extract(hour from s.started at time zone 'UTC') between 1 and 4)
  and not (mod(p.id, 11) = 0 and (s.started at time zone 'UTC')::date = current_date - 1 and mod(s.x, 2) = 0);
