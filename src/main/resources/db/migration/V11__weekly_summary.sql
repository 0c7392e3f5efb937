-- A parent may ask for a summary of their week by email on Mondays (off by default).
-- summary_week is the Monday of the last week summarized: an instance claims a week by
-- moving it forward, so two instances never send the same summary twice.
alter table account add column weekly_summary boolean default false not null;
alter table account add column summary_week date;
