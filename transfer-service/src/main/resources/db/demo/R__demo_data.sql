-- Demo customers and contacts (location classpath:db/demo, on while assistant.transfer.demo-data is true).
-- Opening balances are seeded directly; every later movement is a double-entry posting.
INSERT INTO customers (id, name) VALUES
    ('demo', 'Demo Customer'),
    ('bob', 'Bob')
ON CONFLICT DO NOTHING;

INSERT INTO accounts (id, customer_id, kind, currency, balance) VALUES
    ('demo-BRL', 'demo', 'CUSTOMER', 'BRL', 1000.00),
    ('bob-BRL', 'bob', 'CUSTOMER', 'BRL', 500.00)
ON CONFLICT DO NOTHING;

INSERT INTO contacts (customer_id, name, pix_key, key_type) VALUES
    ('demo', 'Ana Souza', 'ana.souza@example.com', 'EMAIL'),
    ('demo', 'Ana Lima', '+5511987654321', 'PHONE'),
    ('demo', 'João Pedro', '12345678909', 'CPF'),
    ('bob', 'Carla Dias', 'carla.dias@example.com', 'EMAIL')
ON CONFLICT DO NOTHING;
