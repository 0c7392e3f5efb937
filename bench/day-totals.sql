-- Every parent's day totals counted again from their sessions, after a bench script wrote
-- sessions in SQL (which the app's writes would have kept): as migration 10 does, for sessions
-- logged in UTC by parents with the default night (22:00 to 06:00), which is what the bench
-- scripts write. H2's dialect; bench/day-totals-postgres.sql is the same for PostgreSQL.
delete from day_total;
insert into day_total (parent_id, local_date, sessions, unmeasured_sessions, drops_only_sessions, power_pumps,
                       total_ml, largest_ml, first_start, last_start, longest_gap_minutes, night_sessions,
                       prolactin_sessions)
select parent_id, local_date, count(*), sum(case when total_ml is null and not drops_only then 1 else 0 end),
       sum(case when drops_only then 1 else 0 end), sum(case when power_pump then 1 else 0 end), sum(total_ml),
       max(total_ml), min(started_at), max(started_at), max(gap),
       sum(case when hour(started_at) >= 22 or hour(started_at) < 6 then 1 else 0 end),
       sum(case when hour(started_at) between 1 and 4 then 1 else 0 end)
from (select s.*, coalesce(datediff(minute, lag(started_at) over (partition by parent_id order by started_at),
                                    started_at), 0) as gap
      from logged_session s) s
group by parent_id, local_date;
