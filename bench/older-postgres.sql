-- bench/older.sql in PostgreSQL's dialect (psql -v days=... -v first=...).
insert into logged_session (parent_id, started_at, ended_at, time_zone, local_date, duration_minutes, method,
                            left_ml, right_ml, total_ml, drops_only, power_pump, hand_expression, massage, notes,
                            created_at, updated_at, version)
select p.id, s.started, s.started + interval '20 minutes', 'UTC', (s.started at time zone 'UTC')::date, 20,
       'DOUBLE_PUMP', null, null, 5 + mod(s.x, 40), false, mod(s.x, 12) = 9, true, true,
       case when mod(s.x, 12) = 0 then 'bench note' end, now(), now(), 0
from account p
cross join (select x, (:'first' || ' 01:00:00+00')::timestamptz - x * interval '2 hours' as started
            from generate_series(1, :days * 12) x) s
where p.role = 'PARENT';
