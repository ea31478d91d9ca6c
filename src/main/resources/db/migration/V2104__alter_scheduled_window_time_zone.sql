-- The window's end with its time zone, so that nodes running in different time zones agree on it
-- (platform/ScheduledWindows writes and reads it as an OffsetDateTime). SET DATA TYPE is standard
-- SQL and runs on H2 and PostgreSQL.
ALTER TABLE scheduled_window ALTER COLUMN checked_until SET DATA TYPE TIMESTAMP WITH TIME ZONE;
