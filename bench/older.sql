-- The years before the last one for the bench parent (a typed session may be at most a year
-- old, so bench/seed.py logs only the last year through the form): 12 sessions a day, 2 hours
-- apart, for @days days before @first (the first day seed.py logged, in UTC). bench/day-totals.sql
-- then counts the day totals again. Run with H2's RunScript while the app holds the database
-- (AUTO_SERVER).
insert into logged_session (parent_id, started_at, ended_at, time_zone, local_date, duration_minutes, method,
                            left_ml, right_ml, total_ml, drops_only, power_pump, hand_expression, massage, notes,
                            created_at, updated_at, version)
select p.id, s.started, dateadd(minute, 20, s.started), 'UTC', cast(s.started as date), 20, 'DOUBLE_PUMP',
       null, null, 5 + mod(s.x, 40), false, mod(s.x, 12) = 9, true, true,
       case when mod(s.x, 12) = 0 then 'bench note' end, current_timestamp, current_timestamp, 0
from account p
join (select x, dateadd(hour, -2 * x, timestamp with time zone '@first 01:00:00+00') as started
      from system_range(1, @days * 12)) s on true
where p.role = 'PARENT';
