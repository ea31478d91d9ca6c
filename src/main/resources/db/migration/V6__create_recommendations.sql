-- "Might interest you": the picks computed for each article, stored so that a page only reads them.
create table recommendation (
    article_id  bigint        not null,
    block       varchar(16)   not null,
    position    int           not null,
    target_type varchar(16)   not null,
    target_id   bigint        not null,
    score       double precision not null,
    reasons     varchar(1000) not null,
    primary key (article_id, block, position)
);
-- which pages show an item, so that a change to it marks them for recomputing
create index recommendation_target on recommendation (target_type, target_id);

-- when each article's picks were computed, and whether a content change has made them stale
create table recommendation_state (
    article_id  bigint    primary key,
    computed_at timestamp not null,
    stale       boolean   not null
);
create index recommendation_state_stale on recommendation_state (stale);
