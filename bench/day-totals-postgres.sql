-- bench/day-totals.sql in PostgreSQL's dialect.
delete from day_total;
insert into day_total (parent_id, local_date, sessions, unmeasured_sessions, drops_only_sessions, power_pumps,
                       total_ml, largest_ml, first_start, last_start, longest_gap_minutes, night_sessions,
                       prolactin_sessions)
select parent_id, local_date, count(*), sum(case when total_ml is null and not drops_only then 1 else 0 end),
       sum(case when drops_only then 1 else 0 end), sum(case when power_pump then 1 else 0 end), sum(total_ml),
       max(total_ml), min(started_at), max(started_at), max(gap),
       sum(case when extract(hour from started_at at time zone 'UTC') >= 22
                  or extract(hour from started_at at time zone 'UTC') < 6 then 1 else 0 end),
       sum(case when extract(hour from started_at at time zone 'UTC') between 1 and 4 then 1 else 0 end)
from (select s.*, coalesce(extract(epoch from started_at - lag(started_at)
                                   over (partition by parent_id order by started_at)) / 60, 0) as gap
      from logged_session s) s
group by parent_id, local_date;

analyze logged_session;
analyze day_total;
