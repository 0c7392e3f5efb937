-- The language a person chose in Settings (EN or ES); null follows the browser's.
alter table account add column language varchar(2);
