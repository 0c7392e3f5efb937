-- A read-only link shows the parent's figures only; their notes too only when they ticked it.
alter table view_link add column with_notes boolean default false not null;
