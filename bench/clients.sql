-- @clients clients of the bench consultant (@consultant), each with 90 days of sessions: 10 a day,
-- 144 minutes apart, ending an hour ago. Some clients stopped 6 hours ago (a long gap), some
-- skip the 1-5 AM window, some dropped yesterday, so the list has flags to sort by.
-- Run with H2's RunScript against the bench database while the app holds it (AUTO_SERVER).
insert into account (email, password_hash, display_name, time_zone, volume_unit, role, created_at, version)
select 'bench-client-' || x || '@example.com', '{noop}never-used', 'Client ' || x, 'UTC', 'ML', 'PARENT',
       dateadd(day, -91, current_timestamp), 0
from system_range(1, @clients);

insert into care_share (parent_id, consultant_id, granted_at, version)
select p.id, c.id, current_timestamp, 0
from account p, account c
where p.email like 'bench-client-%' and c.email = '@consultant';

insert into logged_session (parent_id, started_at, ended_at, time_zone, local_date, duration_minutes, method,
                            left_ml, right_ml, total_ml, drops_only, power_pump, hand_expression, massage, notes,
                            created_at, updated_at, version)
select p.id, s.started, dateadd(minute, 20, s.started), 'UTC', cast(s.started as date), 20, 'DOUBLE_PUMP',
       null, null, 10 + mod(p.id * 7 + s.x, 50), false, mod(s.x, 10) = 3, true, true, null,
       current_timestamp, current_timestamp, 0
from account p
join (select x, dateadd(minute, -60 - 144 * x, current_timestamp) as started from system_range(0, 899)) s on true
where p.email like 'bench-client-%'
  and not (mod(p.id, 7) = 0 and s.x < 3)
  and not (mod(p.id, 5) = 0 and hour(s.started) between 1 and 4)
  and not (mod(p.id, 11) = 0 and cast(s.started as date) = dateadd(day, -1, current_date) and mod(s.x, 2) = 0);
