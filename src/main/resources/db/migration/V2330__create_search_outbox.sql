-- Hibernate Search's outbox-polling coordination (portal.search.coordination=outbox-polling, several
-- nodes on PostgreSQL and one OpenSearch index): a save writes its index change here in its own
-- transaction, and the nodes' event processors index the events in order, one node per shard of
-- entity_id_hash; hsearch_agent holds the nodes' processors and mass indexers (their pulse, state and
-- shard assignment). The tables Hibernate Search maps, as its PostgreSQL schema has them. Unused (and
-- empty) with one node, where a save is indexed directly.
CREATE TABLE hsearch_outbox_event (
    id UUID NOT NULL,
    entity_name VARCHAR(256) NOT NULL,
    entity_id VARCHAR(256) NOT NULL,
    entity_id_hash INTEGER NOT NULL,
    payload BYTEA NOT NULL,
    retries INTEGER NOT NULL,
    process_after TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status VARCHAR(255) NOT NULL,
    tenant_id VARCHAR(255),
    CONSTRAINT hsearch_outbox_event_pk PRIMARY KEY (id),
    CONSTRAINT hsearch_outbox_event_status CHECK (status IN ('PENDING', 'ABORTED'))
);

CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
    id UUID NOT NULL,
    type VARCHAR(255) NOT NULL,
    name VARCHAR(255) NOT NULL,
    expiration TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    state VARCHAR(255) NOT NULL,
    total_shard_count INTEGER,
    assigned_shard_index INTEGER,
    payload BYTEA,
    tenant_id VARCHAR(255),
    CONSTRAINT hsearch_agent_pk PRIMARY KEY (id),
    CONSTRAINT hsearch_agent_type CHECK (type IN
        ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    CONSTRAINT hsearch_agent_state CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED'))
);
