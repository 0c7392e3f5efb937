-- How a parent reads their baby's weight: METRIC (kg, g) or IMPERIAL (lb, oz). Weights
-- stay in grams. Parents who read volumes in ounces start with pounds and ounces.
alter table account add column weight_unit varchar(10) default 'METRIC' not null;

update account set weight_unit = 'IMPERIAL' where volume_unit = 'OZ';
