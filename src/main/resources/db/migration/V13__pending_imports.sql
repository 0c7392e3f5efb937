-- A file a parent uploaded to import, kept between its preview and their confirm (a day
-- at most): the parent's own data, deleted with their account.
create table pending_import (
    id           varchar(64)  primary key,
    parent_id    bigint       not null references account (id),
    file_name    varchar(255) not null,
    time_zone    varchar(64)  not null,
    volume_unit  varchar(2)   not null,
    weight_unit  varchar(2)   not null,
    minutes      integer      not null,
    content      text         not null,
    created_at   timestamp with time zone not null
);

create index pending_import_parent on pending_import (parent_id);
