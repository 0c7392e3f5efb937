-- The login throttle's token buckets (Bucket4j state), shared by every instance: password
-- guessing spread over two instances behind a load balancer is held off as if they were one.
-- The key is a SHA-256 of what is throttled (an email typed, an address), never the email.
create table login_bucket (
    bucket_key varchar(64) not null,
    state      bytea       not null,
    updated_at timestamp   not null,
    constraint login_bucket_pk primary key (bucket_key)
);

create index login_bucket_updated on login_bucket (updated_at);

-- One-time setup done by whichever instance got there first (the demo's creation): the
-- primary key makes a second instance starting at the same moment wait, then skip it.
create table app_setup (
    name    varchar(40) not null,
    done_at timestamp   not null,
    constraint app_setup_pk primary key (name)
);
