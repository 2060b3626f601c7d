-- One hash chain per conversation. Rows are only ever inserted; any UPDATE or DELETE shows up in verification.
CREATE TABLE audit_events (
    id              BIGSERIAL PRIMARY KEY,
    event_id        TEXT        NOT NULL,
    conversation_id TEXT        NOT NULL,
    sequence        BIGINT      NOT NULL,
    type            TEXT        NOT NULL,
    schema_version  INTEGER     NOT NULL,
    customer_id     TEXT,
    correlation_id  TEXT,
    causation_id    TEXT,
    occurred_at     TIMESTAMPTZ,
    topic           TEXT        NOT NULL,
    kafka_partition INTEGER     NOT NULL,
    kafka_offset    BIGINT      NOT NULL,
    ingested_at     TIMESTAMPTZ NOT NULL,
    envelope        JSONB       NOT NULL,
    previous_hash   CHAR(64)    NOT NULL,
    hash            CHAR(64)    NOT NULL,
    CONSTRAINT audit_events_event_id_key UNIQUE (event_id),
    CONSTRAINT audit_events_conversation_sequence_key UNIQUE (conversation_id, sequence)
);

-- The end of each chain; appends lock its row (SELECT ... FOR UPDATE) so that a chain never forks.
CREATE TABLE chain_heads (
    conversation_id TEXT PRIMARY KEY,
    last_sequence   BIGINT      NOT NULL,
    last_hash       CHAR(64)    NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL
);

-- Bytes read from a topic that are not a chainable event, kept as published with the reason.
CREATE TABLE unreadable_events (
    id              BIGSERIAL PRIMARY KEY,
    topic           TEXT        NOT NULL,
    kafka_partition INTEGER     NOT NULL,
    kafka_offset    BIGINT      NOT NULL,
    kafka_key       TEXT,
    payload         BYTEA       NOT NULL,
    reason          TEXT        NOT NULL,
    received_at     TIMESTAMPTZ NOT NULL,
    CONSTRAINT unreadable_events_position_key UNIQUE (topic, kafka_partition, kafka_offset)
);
