-- Where a scheduled job that works through time windows (the go-live announcer) stopped last, so
-- that whichever node runs it next goes on from there (platform/ScheduledWindows).
CREATE TABLE scheduled_window (
    name VARCHAR(64) NOT NULL,
    checked_until TIMESTAMP NOT NULL,
    CONSTRAINT scheduled_window_pk PRIMARY KEY (name)
);
