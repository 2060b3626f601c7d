-- Saved contacts move to slot-filling-service, which resolves names; the ledger executes to the
-- confirmed Pix key.
DROP TABLE contacts;

-- The customer's own Pix keys (a transfer to one of them is refused) and the hash of the
-- transaction PIN that a step-up asks for (BCrypt; never the PIN itself).
CREATE TABLE customer_pix_keys (
    pix_key     TEXT PRIMARY KEY,
    customer_id TEXT NOT NULL REFERENCES customers (id)
);

ALTER TABLE customers ADD COLUMN pin_hash TEXT;

-- Scheduled transfers wait in the same table until their date; the turn that confirmed a
-- transfer is remembered so that a later execution can answer in that conversation.
ALTER TABLE transfers DROP CONSTRAINT transfers_status_check;
ALTER TABLE transfers DROP CONSTRAINT transfers_outcome;
ALTER TABLE transfers
    ADD COLUMN execute_on     DATE,
    ADD COLUMN locale         TEXT NOT NULL DEFAULT 'pt-BR',
    ADD COLUMN correlation_id TEXT,
    ADD COLUMN cause_event_id TEXT,
    ADD CONSTRAINT transfers_status_check CHECK (status IN ('EXECUTED', 'REFUSED', 'SCHEDULED')),
    ADD CONSTRAINT transfers_outcome CHECK ((status = 'EXECUTED') = (executed_at IS NOT NULL)
        AND (status = 'REFUSED') = (refusal_reason IS NOT NULL)
        AND (status <> 'SCHEDULED' OR execute_on IS NOT NULL));

CREATE INDEX transfers_due ON transfers (execute_on) WHERE status = 'SCHEDULED';
CREATE INDEX transfers_by_customer_executed ON transfers (customer_id, executed_at) WHERE status = 'EXECUTED';

-- The transactional outbox: the events announcing a transfer's outcome are written in the
-- transaction that moves the money, and published from here (in order, at least once, with
-- stable event ids that consumers deduplicate).
CREATE TABLE outbox (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    envelope     TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    published_at TIMESTAMPTZ
);

CREATE INDEX outbox_unpublished ON outbox (id) WHERE published_at IS NULL;
