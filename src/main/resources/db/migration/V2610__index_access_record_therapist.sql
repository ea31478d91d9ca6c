-- Every account deletion drops the account's id from the entries it made as a therapist
-- (AccessLog.forget): without an index that update read the whole access record, which grows by a
-- row per patient shown on every desk view.
create index ix_health_access_therapist on health_access (therapist_id);
