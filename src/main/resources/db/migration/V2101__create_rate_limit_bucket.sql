-- Rate-limit buckets shared by every node (Bucket4j's PostgreSQL proxy manager, postgres profile):
-- id is the limit's name and a hash of its key, state Bucket4j's serialised bucket, expires_at the
-- epoch millisecond after which the row may be deleted. Empty on H2, where buckets stay in memory.
CREATE TABLE rate_limit_bucket (
    id VARCHAR(100) NOT NULL,
    state BYTEA,
    expires_at BIGINT,
    CONSTRAINT rate_limit_bucket_pk PRIMARY KEY (id)
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
