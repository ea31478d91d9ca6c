-- ShedLock's locks: a row per scheduled job that writes, so that it runs on one node at a time.
CREATE TABLE shedlock (
    name VARCHAR(64) NOT NULL,
    lock_until TIMESTAMP NOT NULL,
    locked_at TIMESTAMP NOT NULL,
    locked_by VARCHAR(255) NOT NULL,
    CONSTRAINT shedlock_pk PRIMARY KEY (name)
);
