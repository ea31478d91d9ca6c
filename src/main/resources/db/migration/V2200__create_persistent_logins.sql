-- Remember-me logins (Spring Security's persistent-token scheme): a row per browser that chose
-- "remember me", removed at logout, password change or reset, so a cookie can be revoked.
create table persistent_logins (
    username  varchar(254) not null,
    series    varchar(64)  primary key,
    token     varchar(64)  not null,
    last_used timestamp    not null
);

create index ix_persistent_logins_username on persistent_logins (username);
