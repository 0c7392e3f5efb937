-- Secrets the server makes for itself on first use and every instance shares, such as the
-- key that signs the login throttle's device cookies. The first instance to keep one wins.
create table server_secret (
    name        varchar(40)  primary key,
    secret      varchar(100) not null,
    created_at  timestamp with time zone not null
);
