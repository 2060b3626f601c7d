-- The demo customers' contacts (location classpath:db/demo, on while assistant.slots.demo-data is true):
-- the same names and keys as transfer-service's demo ledger.
INSERT INTO contacts (customer_id, name, pix_key, key_type) VALUES
    ('demo', 'Ana Souza', 'ana.souza@example.com', 'EMAIL'),
    ('demo', 'Ana Lima', '+5511987654321', 'PHONE'),
    ('demo', 'João Pedro', '12345678909', 'CPF'),
    ('bob', 'Carla Dias', 'carla.dias@example.com', 'EMAIL')
ON CONFLICT DO NOTHING;
