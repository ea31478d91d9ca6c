-- A patient's e-mail reminder of the day's exercises: on or off, at a time of day (clinic time).
create table programme_reminder (
    patient_id bigint  not null primary key references account (id) on delete cascade,
    enabled    boolean not null,
    remind_at  time    not null,
    updated_at timestamp with time zone not null
);

-- The days a reminder went out: the key makes "at most one a day" hold across nodes (the job
-- inserts the row first and mails only when the insert succeeded).
create table programme_reminder_sent (
    patient_id bigint not null references account (id) on delete cascade,
    sent_on    date   not null,
    sent_at    timestamp with time zone not null,
    primary key (patient_id, sent_on)
);

-- The private calendar feed (iCalendar) of a patient's planned sessions: only the SHA-256 of the
-- random token in the feed's address is kept; a new token replaces the old one.
create table programme_calendar (
    patient_id bigint      not null primary key references account (id) on delete cascade,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    constraint uq_programme_calendar_token unique (token_hash)
);
