-- One row per parent and local day with logged sessions: what the progress table, the chart,
-- the milestones, Today's figures and the client list read, instead of summing every session
-- on every request. Kept in the same transaction as each session's log, change or delete
-- (and counted again when the night window changes); filled from the sessions by the Java
-- migration that follows this one (version 10, DayTotalsMigration).
create table day_total (
    parent_id           bigint        not null references account (id),
    local_date          date          not null,
    -- sessions that day; measured ones have a total, drops-only ones say "a few drops"
    sessions            integer       not null,
    unmeasured_sessions integer       not null,
    drops_only_sessions integer       not null,
    power_pumps         integer       not null,
    -- milk measured that day, and the day's biggest single session; null when none measured
    total_ml            numeric(9, 2),
    largest_ml          numeric(7, 2),
    first_start         timestamp with time zone not null,
    last_start          timestamp with time zone not null,
    -- the longest start-to-start gap ending that day, from the session before (any day)
    longest_gap_minutes integer       not null,
    -- sessions starting in the parent's night window, and between 01:00 and 05:00 (R5)
    night_sessions      integer       not null,
    prolactin_sessions  integer       not null,
    primary key (parent_id, local_date)
);
