-- The demo customers' contacts, the same names and keys as transfer-service's demo ledger. Inserted only while
-- assistant.slots.demo-data is true (the Flyway placeholder demo_data); a changed setting changes this
-- migration's checksum, so it runs again, and ON CONFLICT DO NOTHING keeps it from duplicating anything.
INSERT INTO contacts (customer_id, name, pix_key, key_type)
SELECT customer_id, name, pix_key, key_type
FROM (VALUES
    (1, 'demo', 'Ana Souza', 'ana.souza@example.com', 'EMAIL'),
    (2, 'demo', 'Ana Lima', '+5511987654321', 'PHONE'),
    (3, 'demo', 'João Pedro', '12345678909', 'CPF'),
    (4, 'bob', 'Carla Dias', 'carla.dias@example.com', 'EMAIL')
) AS demo (saved, customer_id, name, pix_key, key_type)
WHERE '${demo_data}' = 'true'
ORDER BY saved
ON CONFLICT DO NOTHING;
