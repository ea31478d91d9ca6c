-- Moderators (and admins) may ask for an e-mail when comments wait for approval.
alter table account add column notify_moderation boolean default false not null;

-- When each of them was last mailed about waiting comments: at most one mail an hour, and the row
-- is claimed with a conditional write, so two nodes never both send it.
create table moderation_notice (
    account_id bigint                   not null primary key references account (id) on delete cascade,
    sent_at    timestamp with time zone not null
);
