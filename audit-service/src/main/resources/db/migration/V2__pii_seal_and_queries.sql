-- The envelope column now holds the masked general view; the envelope as published is kept sealed
-- (AES-GCM, Base64) with the id of the key that sealed it. Both are covered by the record's hash.
-- Rows written before this migration have no seal and a clear envelope; they verify as they did.
ALTER TABLE audit_events ADD COLUMN pii_key_id TEXT;
ALTER TABLE audit_events ADD COLUMN pii_sealed TEXT;

-- Transfers by customer and period; refusals and blocks by type, reason and period; export by period.
CREATE INDEX audit_events_customer_time_idx ON audit_events (customer_id, occurred_at);
CREATE INDEX audit_events_type_time_idx ON audit_events (type, occurred_at);
CREATE INDEX audit_events_time_idx ON audit_events (occurred_at);

-- Retention purges chains that stopped growing long ago.
CREATE INDEX chain_heads_updated_at_idx ON chain_heads (updated_at);
