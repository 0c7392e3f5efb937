-- A count of the changes to what a parent's journal and progress show (sessions logged,
-- edited or deleted, plan settings changed): answers to an unchanged chart or export are
-- a 304 "not modified", told from this one number instead of reading the journal.
alter table account add column data_version bigint default 0 not null;
